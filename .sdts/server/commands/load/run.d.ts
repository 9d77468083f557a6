import type { RunContext } from "../command";
import type { LoadArgs } from "./flags";
/**
 * `inspector --cli … --load`: connect once on an engine whose record is a LoadSink (the run's
 * frames are counted, not kept), run the tool, print the summary. Exit 1 when a limit or the
 * baseline is exceeded or the connection was lost mid-run; connect failures as --cli.
 */
export declare function runLoadCommand(a: LoadArgs, { env, io }: RunContext): Promise<number>;
