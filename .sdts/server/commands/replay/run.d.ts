import type { Io } from "../command";
import { type FailOn } from "./regression-flags";
/** What `inspector replay` needs from its flags. */
export interface ReplayOptions {
    sessionFile: string;
    ignore: readonly string[];
    update: boolean;
    /** Run this command or connect to this URL instead of the recorded target (the person typed it). */
    command?: string;
    args?: readonly string[];
    serverUrl?: string;
    transport?: "stdio" | "sse" | "http";
    headers: Record<string, string>;
    /** -e NAME=VALUE: values given on the command line. */
    env: Record<string, string>;
    cwd?: string;
    /** Run the file's own target without asking. */
    yes: boolean;
    /** text (default), json or junit on stdout. */
    format?: "text" | "json" | "junit";
    /** 2: replay twice and treat what differed between the runs as volatile. */
    runs?: number;
    /** Write what the second run found volatile into the file's `ignore`. */
    saveIgnores?: boolean;
    /** Per run: new paths in these variables, and commands before and after. */
    freshEnv?: readonly string[];
    setup?: string;
    teardown?: string;
    /** Names whose values pass from the environment (`--pass-env`); no other value does. */
    passEnv: readonly string[];
    progress?: (line: string) => void;
    /** `any`: a compatible change fails too. */
    failOn?: FailOn;
    latencyFactor?: number;
    latencyMinMs?: number;
    /**
     * Ask the person (a terminal is there): resolves true to go on. Absent without a terminal:
     * then the file's target runs only with `yes`.
     */
    confirm?: (question: string) => Promise<boolean>;
}
type Env = Record<string, string | undefined>;
/** `inspector replay FILE`: re-run a recorded session, print the diff, exit 1 when anything changed. */
export declare function runReplay(o: ReplayOptions, env: Env, io: Io): Promise<number>;
export { formatReplay } from "./format";
