import { LOCUST_BODY, LOCUST_IMPORTS } from "./locust-body";
import type { ProtocolEraChoice } from "../../lib/target/target";

/** The scenario of a `--load` run, as an exported locustfile runs it (`--load-export locust FILE.py`). */
export interface LocustPlan {
  url: string;
  /** --header values: none that carries a secret (refused before this is built). */
  headers: Record<string, string>;
  tool: string;
  args: Record<string, unknown>;
  meta: Record<string, unknown>;
  era: ProtocolEraChoice;
  concurrency: number;
  durationSec: number;
  requests?: number;
  rate?: number;
  warmup: number;
  /** Where the access token comes from: an environment variable, or OAuth client credentials (the secret from an env var). */
  auth: { kind: "bearer-env"; env: string } | { kind: "client-credentials"; clientId: string; secretEnv: string; scope?: string };
  clientInfo: { name: string; version: string };
}

/** Headers whose value is (or may be) a credential: never written into a file a team shares. */
const SECRET_HEADER = /authorization|cookie|token|secret|key|auth|session/i;

/** Why this run cannot be exported, in one line; undefined when it can. */
export function exportRefusal(t: { transport: string; headers?: Record<string, string> }): string | undefined {
  if (t.transport === "stdio")
    return "--load-export locust needs an HTTP target (--server-url): a stdio server runs inside one process, and a distributed run needs a server that many machines can reach";
  if (t.transport === "sse")
    return "--load-export locust speaks Streamable HTTP only: the old HTTP+SSE transport (--transport sse) keeps a stream per client that Locust's users do not hold";
  const secret = Object.keys(t.headers ?? {}).find((h) => SECRET_HEADER.test(h));
  if (secret)
    return `--load-export locust does not write --header ${secret} into the file (it may be a secret): give the token in MCP_ACCESS_TOKEN when Locust runs, or use --auth client-credentials`;
  return undefined;
}

/** A Python literal for a JSON value (JSON's string escapes are Python's; true/false/null are not). */
export function pythonLiteral(v: unknown, indent = ""): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "None";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => pythonLiteral(x, indent)).join(", ")}]`;
  const entries = Object.entries(v as Record<string, unknown>);
  if (!entries.length) return "{}";
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${pythonLiteral(x, indent)}`).join(", ")}}`;
}

/** The command lines the file's docstring shows: one machine, then a master and its workers. */
function howToRun(p: LocustPlan, file: string): string {
  const users = `-u ${p.concurrency} -r ${p.concurrency} --run-time ${p.durationSec}s`;
  const env = p.auth.kind === "bearer-env" ? `${p.auth.env}=… ` : `${p.auth.secretEnv}=… `;
  return [
    "On one machine:",
    `  ${env}MCP_LOAD_SUMMARY=load.json locust -f ${file} --headless ${users}`,
    "A master and workers (on one machine or many; on Kubernetes through Locust's Helm chart or operator):",
    `  ${env}MCP_LOAD_SUMMARY=load.json locust -f ${file} --headless --master --expect-workers 2 ${users}`,
    `  ${env}locust -f ${file} --worker --master-host MASTER_HOST      # on each worker`,
    "Then judge the run as a --load run is judged:",
    "  mcp-inspector-harness load-check load.json --load-max-p99 MS --load-max-error-rate R",
  ].join("\n");
}

/** The locustfile: the scenario's constants, then the fixed body (server/load/locust-body.ts). */
export function locustfile(p: LocustPlan, file: string): string {
  const auth =
    p.auth.kind === "bearer-env"
      ? [
          `# The access token, if the server wants one, from this environment variable (never written here).`,
          `TOKEN_ENV = ${pythonLiteral(p.auth.env)}`,
          `OAUTH = None`,
        ]
      : [
          `TOKEN_ENV = None`,
          `# OAuth client credentials: the token endpoint is found from the server's metadata (RFC 9728, RFC 8414);`,
          `# the secret from the environment variable secret_env, never written here.`,
          `OAUTH = ${pythonLiteral({ client_id: p.auth.clientId, secret_env: p.auth.secretEnv, scope: p.auth.scope ?? null, token_url: null })}`,
        ];
  return [
    `"""`,
    `Locust load test of the MCP tool ${JSON.stringify(p.tool)} at ${p.url}.`,
    `Exported by mcp-inspector-harness (--cli --load --load-export locust): the same scenario as its --load run.`,
    "",
    "Each user opens its own MCP session over Streamable HTTP (2025-11-25: initialize, notifications/initialized,",
    "Mcp-Session-Id; 2026-07-28: server/discover and the per-request _meta), then calls the tool in a loop.",
    "Calls are named after the tool; a JSON-RPC error or isError: true is a failure with its message.",
    "When the run ends the master writes the summary in mcp-inspector-load format to $MCP_LOAD_SUMMARY.",
    "",
    howToRun(p, file),
    `"""`,
    LOCUST_IMPORTS,
    "",
    "# The scenario (from the --load flags).",
    `SERVER_URL = ${pythonLiteral(p.url)}`,
    `TOOL = ${pythonLiteral(p.tool)}`,
    `ARGUMENTS = ${pythonLiteral(p.args)}`,
    `# _meta of each tools/call (--metadata, --tool-metadata).`,
    `META = ${pythonLiteral(p.meta)}`,
    `# auto: initialize, and server/discover when the server refuses it for its version | legacy | modern.`,
    `PROTOCOL_ERA = ${pythonLiteral(p.era)}`,
    `# Users (-u): calls in flight at once (--load-concurrency); the run's length is --run-time.`,
    `CONCURRENCY = ${p.concurrency}`,
    `# Calls per second over all users (--load-rate); None: no limit.`,
    `RATE = ${pythonLiteral(p.rate ?? null)}`,
    `# Calls over all users (--load-requests), each user its share rounded up; None: until --run-time ends.`,
    `REQUESTS = ${pythonLiteral(p.requests ?? null)}`,
    `# Calls first, not counted (--load-warmup): named ${JSON.stringify(`${p.tool} (warm-up)`)} in Locust's table.`,
    `WARMUP = ${p.warmup}`,
    `HEADERS = ${pythonLiteral(p.headers)}`,
    ...auth,
    `CLIENT_INFO = ${pythonLiteral(p.clientInfo)}`,
    LOCUST_BODY,
  ].join("\n");
}
