import { type LoadEvent } from "../../lib/load/wire";
import type { PageLoadRuns } from "./page-runs";
/** One frame of a page's load channel (lib/load/wire.ts): start or stop a run; every answer is an event on that socket. */
export declare function handleLoadFrame(runs: PageLoadRuns, text: string, send: (e: LoadEvent) => void): void;
