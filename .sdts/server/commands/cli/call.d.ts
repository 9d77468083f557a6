import type { Engine } from "../../engine";
import type { CliArgs } from "./flags";
/**
 * Send the one call through the engine like any page request. Resolves with the raw result.
 * `_meta` from --metadata goes on every request; --tool-metadata adds to it for tools/call.
 */
export declare function cliCall(engine: Engine, c: CliArgs): Promise<unknown>;
