import type { Io } from "../command";
import { UsageError } from "../usage-error";
import { pageOf, type TapArgs } from "./args";

/**
 * `tap --server-url URL`: with --listen, Streamable HTTP to the host too; without, stdio to the
 * host (mcp-remote's shape). The token comes from the variable --bearer-env names, never argv.
 */
export async function runHttpTapCommand(a: TapArgs, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  let bearer: string | undefined;
  if (a.bearerEnv) {
    bearer = env[a.bearerEnv];
    if (!bearer) throw new UsageError(`--bearer-env ${a.bearerEnv}: that variable is not set`);
  }
  const { runHttpTap } = await import("../../tap/run-http");
  return runHttpTap({
    url: a.serverUrl!,
    listen: a.listen,
    bearer,
    saveSession: a.saveSession,
    env,
    say: (t) => io.err(t),
    page: pageOf(a),
  });
}
