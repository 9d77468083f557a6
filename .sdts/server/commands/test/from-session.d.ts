import type { RunContext } from "../command";
/**
 * `--from-session FILE [OUT]`: the recording's requests as a collection. With OUT, the recorded
 * answers are written beside it as its snapshots (masked as every snapshot is), so the first run
 * is judged against the recording: a server that answers differently today fails (issue 48
 * point 3). Without OUT the collection goes to stdout and its snapshot steps have nothing kept:
 * stderr says so, and how to keep them.
 */
export declare function fromSession(file: string, out: string | undefined, io: RunContext["io"]): number;
