import type { ProbeResult } from "./result";
/** Lose the stream a ping was answered on, resume it with Last-Event-ID, expect the answer again. */
export declare function probeResumability(url: URL, headers: Record<string, string>): Promise<ProbeResult>;
