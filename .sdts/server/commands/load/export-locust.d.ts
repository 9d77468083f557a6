import type { Target } from "../../../lib/target/target";
import type { Io } from "../command";
import type { LoadArgs } from "./flags";
/** The environment variable the file reads a bearer token from (the one --cli reads too). */
export declare const TOKEN_ENV = "MCP_ACCESS_TOKEN";
/** And the client secret of --auth client-credentials. */
export declare const SECRET_ENV = "MCP_CLIENT_SECRET";
/**
 * `--load --load-export locust FILE.py`: write the run's scenario as a locustfile and exit 0
 * without connecting. A target or an authorization Locust's users cannot carry is refused with
 * one line (exit 1); no secret is ever written into the file.
 */
export declare function exportLocust(a: LoadArgs, target: Target, io: Io): number;
