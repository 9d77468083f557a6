import type { RunContext } from "../command";
import type { CheckArgs } from "./flags";
export declare function runCheckCommand(a: CheckArgs, { env, io }: RunContext): Promise<number>;
