import type { Io } from "../command";
import { type TapArgs } from "./args";
/**
 * `tap --server-url URL`: with --listen, Streamable HTTP to the host too; without, stdio to the
 * host (mcp-remote's shape). The token comes from the variable --bearer-env names, never argv.
 */
export declare function runHttpTapCommand(a: TapArgs, io: Io, env: NodeJS.ProcessEnv): Promise<number>;
