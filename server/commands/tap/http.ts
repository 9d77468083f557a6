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
  // Without a token, a server that asks for one gets the inspector's OAuth flow: the tap writes the
  // URL on the host's log; the browser opens it here, as the launcher opens its page (http(s) only).
  const { openBrowser, openRefusal } = await import("../../launcher/open-browser");
  const onAuthorizationUrl = (url: string) => {
    const refusal = openRefusal(url);
    if (refusal) io.err(`mcp-inspector-harness tap: the login URL was not opened: ${refusal}`);
    else openBrowser(url, env);
  };
  const oauth = { callbackUrl: a.callbackUrl, onAuthorizationUrl };
  return runHttpTap({
    url: a.serverUrl!,
    listen: a.listen,
    bearer,
    oauth,
    saveSession: a.saveSession,
    html: a.html,
    env,
    say: (t) => io.err(t),
    page: pageOf(a),
    restartTimeoutMs: a.restartTimeout,
    // With --listen, a command after -- is the HTTP server itself: the tap starts and restarts it.
    ...(a.command ? { command: { command: a.command, args: a.args }, watch: a.watch } : {}),
  });
}
