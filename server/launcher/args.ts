/**
 * The launcher's command line, compatible with the official MCP Inspector where they overlap:
 *   inspector [flags] [command [args...]]     flags end at the first non-flag word or at `--`.
 * Pure: no I/O, so every rule is unit-tested.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Transport = "stdio" | "sse" | "http";

export interface LauncherArgs {
  command?: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  transport?: Transport;
  serverUrl?: string;
  headers: Record<string, string>;
  config?: string;
  registry?: string;
  server?: string;
  port: number;
  host: string;
  open: boolean;
  demo: boolean;
  help: boolean;
  version: boolean;
}

type Flag = { name: string; value: boolean; apply(a: LauncherArgs, v: string): void };

const FLAGS: Flag[] = [
  { name: "-e", value: true, apply: (a, v) => Object.assign(a.env, parseKeyValue(v, "-e")) },
  { name: "--env", value: true, apply: (a, v) => Object.assign(a.env, parseKeyValue(v, "--env")) },
  { name: "--cwd", value: true, apply: (a, v) => (a.cwd = v) },
  { name: "--transport", value: true, apply: (a, v) => (a.transport = parseTransport(v)) },
  { name: "--server-url", value: true, apply: (a, v) => (a.serverUrl = parseUrl(v)) },
  { name: "--header", value: true, apply: (a, v) => Object.assign(a.headers, parseHeader(v)) },
  { name: "--config", value: true, apply: (a, v) => (a.config = v) },
  { name: "--registry", value: true, apply: (a, v) => (a.registry = v) },
  { name: "--server", value: true, apply: (a, v) => (a.server = v) },
  { name: "--port", value: true, apply: (a, v) => (a.port = parsePort(v)) },
  { name: "--host", value: true, apply: (a, v) => (a.host = v) },
  { name: "--no-open", value: false, apply: (a) => (a.open = false) },
  { name: "--demo", value: false, apply: (a) => (a.demo = true) },
  { name: "--help", value: false, apply: (a) => (a.help = true) },
  { name: "-h", value: false, apply: (a) => (a.help = true) },
  { name: "--version", value: false, apply: (a) => (a.version = true) },
  { name: "-v", value: false, apply: (a) => (a.version = true) },
];

export function parseLauncherArgs(argv: readonly string[], defaults: { port?: number } = {}): LauncherArgs {
  const a: LauncherArgs = { args: [], env: {}, headers: {}, port: defaults.port ?? 6274, host: "127.0.0.1", open: true, demo: false, help: false, version: false };
  let i = 0;
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      i++;
      break;
    }
    if (!word.startsWith("-") || word === "-") break;
    const eq = word.startsWith("--") ? word.indexOf("=") : -1;
    const name = eq === -1 ? word : word.slice(0, eq);
    const flag = FLAGS.find((f) => f.name === name);
    if (!flag) throw new UsageError(`unknown flag ${name} (see --help)`);
    if (!flag.value) {
      if (eq !== -1) throw new UsageError(`${name} takes no value`);
      flag.apply(a, "");
      continue;
    }
    const value = eq !== -1 ? word.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flag.apply(a, value);
  }
  const rest = argv.slice(i);
  if (rest.length) {
    a.command = rest[0];
    a.args = rest.slice(1);
  }
  return validate(a);
}

function validate(a: LauncherArgs): LauncherArgs {
  if (a.help || a.version) return a;
  const sources = [a.command && "a command", a.serverUrl && "--server-url", a.config && "--config", a.registry && "--registry", a.demo && "--demo"].filter(Boolean);
  if (sources.length > 1) throw new UsageError(`give one target, not ${sources.join(" and ")}`);
  if (a.server && !a.config && !a.registry) throw new UsageError("--server needs --config or --registry");
  if (a.transport && a.transport !== "stdio" && a.command) throw new UsageError(`--transport ${a.transport} needs --server-url, not a command`);
  if (a.transport === "stdio" && a.serverUrl) throw new UsageError("--server-url cannot be used with --transport stdio");
  if (Object.keys(a.headers).length && a.command) throw new UsageError("--header applies to --server-url targets, not to a command");
  return a;
}

function parseKeyValue(v: string, flag: string): Record<string, string> {
  const eq = v.indexOf("=");
  if (eq <= 0) throw new UsageError(`${flag} expects KEY=VALUE, got "${v}"`);
  return { [v.slice(0, eq)]: v.slice(eq + 1) };
}

function parseHeader(v: string): Record<string, string> {
  const colon = v.indexOf(":");
  if (colon <= 0) throw new UsageError(`--header expects "Name: Value", got "${v}"`);
  const name = v.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header: "${name}" is not a valid header name`);
  return { [name]: v.slice(colon + 1).trim() };
}

function parseTransport(v: string): Transport {
  if (v === "streamable-http") return "http";
  if (v === "stdio" || v === "sse" || v === "http") return v;
  throw new UsageError(`--transport must be stdio, sse or http, got "${v}"`);
}

function parseUrl(v: string): string {
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
    return v;
  } catch {
    throw new UsageError(`--server-url must be an http(s) URL, got "${v}"`);
  }
}

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${v}"`);
  return n;
}

export const HELP = `Usage: inspector [flags] [command [args...]]
       inspector [flags] --server-url URL [--transport http|sse] [--header "Name: Value"]...
       inspector [flags] --config FILE [--server NAME]
       inspector [flags] --registry server.json [--server NAME]

Starts the MCP inspector page on localhost and connects it to one MCP server.
With no target, the page's connection form chooses one. Everything after -- goes to the target.

Target
  command [args...]        spawn a stdio server
  -e, --env KEY=VALUE      environment variable for the stdio server (repeatable)
  --cwd DIR                working directory for the stdio server
  --server-url URL         connect to a server over HTTP
  --transport T            stdio | http (Streamable HTTP, default for URLs) | sse (legacy)
  --header "Name: Value"   HTTP header for URL targets, e.g. "Authorization: Bearer …" (repeatable)
  --config FILE            an mcpServers JSON file (Claude Desktop / official inspector format)
  --registry FILE          an MCP registry server.json (packages via npx/uvx/docker, or remotes)
  --server NAME            which server of --config / --registry to use
  --demo                   the bundled reference server (@modelcontextprotocol/server-everything)

Inspector
  --port N                 port to listen on (default 6274; 0 = any free port)
  --host ADDR              interface to bind (default 127.0.0.1; anything else prints a warning)
  --no-open                do not open a browser
  -h, --help               this help
  -v, --version            print the version

Environment
  INSPECTOR_TOKEN (or MCP_PROXY_AUTH_TOKEN)   use this token instead of a random one
  INSPECTOR_BROWSER                            command that opens the page URL
`;
