import type { RunContext } from "../command";
import type { EarlyTarget } from "../../engine/spawn-target";
import type { TestArgs } from "./flags";
export declare function runTestCommand(a: TestArgs, { env, io }: RunContext, early?: EarlyTarget): Promise<number>;
