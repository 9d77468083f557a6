import type { NewEntry } from "../../lib/record/format";
import type { HttpTapHooks } from "./http-tap";
/**
 * What the HTTP tap sees, as record entries: each JSON-RPC message in a body or an event as a
 * message entry (with the exchange's facts; `undelivered` when the SDK will reject it, as over
 * stdio), everything else as an `http` entry that says what it is.
 */
export declare function httpRecorder(record: (entry: NewEntry) => void): HttpTapHooks;
