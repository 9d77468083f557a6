import type { Io } from "../command";
import type { LoadCheckArgs } from "./args";
/** Read, judge, print; exit 1 when a check failed or the run lost its connection (as `--load`). */
export declare function runLoadCheck(a: LoadCheckArgs, io: Io): number;
