import type { AuthSettings, Timeouts } from "../../../lib/target/target";
import type { Env } from "./env-flags";
import type { AuthArgs, TargetArgs } from "./target-flags";
/** How a connection is made, from the flags: authorization and time limits (every command that connects; the page too). */
export declare const NO_LIMIT = 2147483647;
/** OAuth settings from the flags and the environment (MCP_ACCESS_TOKEN, MCP_CLIENT_SECRET); reads --client-private-key. */
export declare function authFromFlags(a: AuthArgs, env: Env, interactive?: boolean): AuthSettings;
/** Time limits from the flags. Official default connect timeout: 15 s; 0 means no limit, as in the official CLI. */
export declare function timeoutsFromFlags(a: Pick<TargetArgs, "connectTimeoutMs" | "requestTimeoutMs">): Partial<Timeouts>;
