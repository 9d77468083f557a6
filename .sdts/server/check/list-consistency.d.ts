import type { Listing } from "../headless/listing";
import type { ProbeResult } from "./result";
/** A second full listing must give the same items, and no item may appear twice. */
export declare function consistencyProbe(first: Listing, second: Listing): ProbeResult;
