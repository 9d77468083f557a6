import { writeOwnFile } from "../../own-file";
import path from "node:path";
import type { Target } from "../../../lib/target/target";
import { VERSION } from "../../paths";
import { resolveBounds } from "../../load/report";
import { exportRefusal, locustfile, type LocustPlan } from "../../load/locustfile";
import { readFailure } from "../usage-error";
import type { Io } from "../command";
import type { LoadArgs } from "./flags";

/** The environment variable the file reads a bearer token from (the one --cli reads too). */
export const TOKEN_ENV = "MCP_ACCESS_TOKEN";
/** And the client secret of --auth client-credentials. */
export const SECRET_ENV = "MCP_CLIENT_SECRET";

/**
 * `--load --load-export locust FILE.py`: write the run's scenario as a locustfile and exit 0
 * without connecting. A target or an authorization Locust's users cannot carry is refused with
 * one line (exit 1); no secret is ever written into the file.
 */
export function exportLocust(a: LoadArgs, target: Target, io: Io): number {
  const refused = (why: string) => (io.err(`inspector: ${why}`), 1);
  const why = exportRefusal(target.transport === "stdio" ? target : { transport: target.transport, headers: target.headers });
  if (why) return refused(why);
  if (target.transport === "stdio") return 1;
  let auth: LocustPlan["auth"] = { kind: "bearer-env", env: TOKEN_ENV };
  if (a.auth === "client-credentials") {
    if (!a.clientId) return refused("--load-export locust with --auth client-credentials needs --client-id");
    if (a.clientPrivateKey)
      return refused(
        "--load-export locust asks for tokens with a client secret (from MCP_CLIENT_SECRET); --client-private-key (private_key_jwt) is not exported",
      );
    auth = { kind: "client-credentials", clientId: a.clientId, secretEnv: SECRET_ENV, ...(a.scope ? { scope: a.scope } : {}) };
  } else if (a.auth === "cross-app" || a.auth === "workload")
    return refused(
      `--load-export locust carries a bearer token (from ${TOKEN_ENV}) or client credentials; --auth ${a.auth} is not exported: get a token first and give it in ${TOKEN_ENV}`,
    );
  const bounds = resolveBounds({
    concurrency: a.concurrency,
    durationMs: a.durationSec !== undefined ? a.durationSec * 1000 : undefined,
    requests: a.requests,
    rate: a.rate,
  });
  const file = a.loadExport!.file!;
  const text = locustfile(
    {
      url: target.url,
      headers: target.headers,
      tool: a.toolName!,
      args: a.toolArgsJson ?? a.toolArgs,
      meta: { ...a.metadata, ...a.toolMetadata },
      era: a.protocolEra ?? "auto",
      concurrency: bounds.concurrency,
      // A count-bounded run still needs a --run-time for Locust to end by itself: ten minutes at most.
      durationSec: bounds.durationMs !== undefined ? bounds.durationMs / 1000 : 600,
      ...(bounds.requests !== undefined ? { requests: bounds.requests } : {}),
      ...(bounds.rate !== undefined ? { rate: bounds.rate } : {}),
      warmup: a.warmup,
      auth,
      clientInfo: { name: "mcp-inspector-harness-locust", version: VERSION },
    },
    path.basename(file),
  );
  try {
    writeOwnFile(file, text, { mode: 0o644 });
  } catch (e) {
    return refused(`--load-export: cannot write ${file}: ${readFailure(e)}`);
  }
  if (!a.quiet)
    io.err(
      `inspector: wrote ${file}: a locustfile for ${a.toolName} at ${target.url} (run it with locust -f ${file}; see its first lines)`,
    );
  return 0;
}
