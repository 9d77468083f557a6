import type { EarlyTarget } from "../../engine/spawn-target";
import type { RunContext } from "../command";
import type { CliArgs } from "./flags";
export { CLI_EXIT } from "./output";
/**
 * `inspector --cli`: connect, one call, its result on stdout (or --output FILE), as the official
 * CLI: exit 0; 1 when the call failed (a tools/call result that breaks its outputSchema too); 2 --app-info on a tool without an App; 3 when the server
 * wants authorization; 4 when it cannot be reached or started (a connect timeout too; an HTTP
 * error status is the server's answer: 1); 5 for a tool error (an isError result, an unknown
 * tool); 6 when --strict finds an error-severity schema problem.
 */
export declare function runCli(a: CliArgs, { env, io, allFlags }: RunContext, early?: EarlyTarget): Promise<number>;
