/**
 * The launcher's command line, compatible with the official MCP Inspector where they overlap:
 *   inspector [flags] [command [args...]]     flags end at the first non-flag word or at `--`.
 * Pure: no I/O, so every rule is unit-tested.
 */
/** Environment variables as the launcher reads them. */
export type Env = Record<string, string | undefined>;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Transport = "stdio" | "sse" | "http";

/** ui: the page (default); cli: one call (--cli); check: the server doctor; replay: a recorded session. */
export type Mode = "ui" | "cli" | "check" | "replay";

export const CLI_METHODS = [
  "tools/list",
  "tools/call",
  "resources/list",
  "resources/read",
  "resources/templates/list",
  "prompts/list",
  "prompts/get",
  "logging/setLevel",
  "ping",
] as const;
export type CliMethod = (typeof CLI_METHODS)[number];

export interface LauncherArgs {
  mode: Mode;
  /** --cli: the one method to call, and its parameters. */
  method?: CliMethod;
  toolName?: string;
  toolArgs: Record<string, unknown>;
  uri?: string;
  promptName?: string;
  promptArgs: Record<string, string>;
  logLevel?: string;
  /** check: output format and whether tools without readOnlyHint may be called. */
  format: "text" | "json" | "junit";
  callTools: boolean;
  /** replay: the session file, JSON paths to ignore, rewrite the recording. */
  sessionFile?: string;
  ignore: string[];
  update: boolean;
  /** --open: a share link or a .mcp-session.json file to show (never run) on start. */
  open?: string;
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
  openBrowser: boolean;
  demo: boolean;
  help: boolean;
  version: boolean;
}

/** harness: also recognised after the target command in --cli/check/replay (as the official CLI does). */
type Flag = { name: string; value: boolean; harness?: boolean; apply(a: LauncherArgs, v: string): void };
const TARGET_FLAGS = new Set(["-e", "--env", "--cwd", "--transport", "--server-url", "--header", "--config", "--server"]);

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
  { name: "--no-open", value: false, apply: (a) => (a.openBrowser = false) },
  { name: "--open", value: true, apply: (a, v) => (a.open = v) },
  { name: "--cli", value: false, apply: (a) => (a.mode = a.mode === "ui" ? "cli" : a.mode) },
  { name: "--method", value: true, harness: true, apply: (a, v) => (a.method = parseMethod(v)) },
  { name: "--tool-name", value: true, harness: true, apply: (a, v) => (a.toolName = v) },
  { name: "--tool-arg", value: true, harness: true, apply: (a, v) => Object.assign(a.toolArgs, parseToolArg(v)) },
  { name: "--uri", value: true, harness: true, apply: (a, v) => (a.uri = v) },
  { name: "--prompt-name", value: true, harness: true, apply: (a, v) => (a.promptName = v) },
  { name: "--prompt-args", value: true, harness: true, apply: (a, v) => Object.assign(a.promptArgs, parseKeyValue(v, "--prompt-args")) },
  { name: "--log-level", value: true, harness: true, apply: (a, v) => (a.logLevel = parseLogLevel(v)) },
  { name: "--format", value: true, harness: true, apply: (a, v) => (a.format = parseFormat(v)) },
  { name: "--call-tools", value: false, harness: true, apply: (a) => (a.callTools = true) },
  { name: "--ignore", value: true, harness: true, apply: (a, v) => a.ignore.push(v) },
  { name: "--update", value: false, harness: true, apply: (a) => (a.update = true) },
  { name: "--command", value: true, harness: true, apply: (a, v) => (a.command = v) },
  { name: "--demo", value: false, apply: (a) => (a.demo = true) },
  { name: "--help", value: false, apply: (a) => (a.help = true) },
  { name: "-h", value: false, apply: (a) => (a.help = true) },
  { name: "--version", value: false, apply: (a) => (a.version = true) },
  { name: "-v", value: false, apply: (a) => (a.version = true) },
];

export function parseLauncherArgs(argv: readonly string[], defaults: { port?: number } = {}): LauncherArgs {
  const a: LauncherArgs = {
    mode: "ui",
    toolArgs: {},
    promptArgs: {},
    format: "text",
    callTools: false,
    ignore: [],
    update: false,
    args: [],
    env: {},
    headers: {},
    port: defaults.port ?? 6274,
    host: "127.0.0.1",
    openBrowser: true,
    demo: false,
    help: false,
    version: false,
  };
  let i = 0;
  if (argv[0] === "check" || argv[0] === "replay") {
    a.mode = argv[0];
    i = 1;
  }
  // Flags first; the first other word starts the target command.
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      i++;
      break;
    }
    if (!word.startsWith("-") || word === "-") break;
    i = applyFlag(a, argv, i, FLAGS);
  }
  let rest = argv.slice(i);
  if (a.mode === "replay" && rest.length && !a.sessionFile && argv[i - 1] !== "--") {
    a.sessionFile = rest[0];
    rest = rest.slice(1);
  }
  if (a.mode !== "ui" && argv[i - 1] !== "--") rest = pickHarnessFlags(a, rest);
  if (rest.length) {
    if (a.mode === "replay") throw new UsageError(`replay takes a session file and flags, not "${rest.join(" ")}" (override the command with --command or --server-url)`);
    if (a.mode !== "ui" && /^https?:\/\//.test(rest[0]) && rest.length === 1) a.serverUrl = parseUrl(rest[0]);
    else {
      a.command = rest[0];
      a.args = rest.slice(1);
    }
  }
  return validate(a);
}

/** Apply the flag at argv[i]; returns the index of the last word it used. */
function applyFlag(a: LauncherArgs, argv: readonly string[], i: number, flags: Flag[]): number {
  const word = argv[i];
  const eq = word.startsWith("--") ? word.indexOf("=") : -1;
  const name = eq === -1 ? word : word.slice(0, eq);
  const flag = flags.find((f) => f.name === name);
  if (!flag) throw new UsageError(`unknown flag ${name} (see --help)`);
  if (flag.harness) harnessFlagsSeen.set(a, [...(harnessFlagsSeen.get(a) ?? []), name]);
  if (!flag.value) {
    if (eq !== -1) throw new UsageError(`${name} takes no value`);
    flag.apply(a, "");
    return i;
  }
  const value = eq !== -1 ? word.slice(eq + 1) : argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  flag.apply(a, value);
  return eq !== -1 ? i : i + 1;
}

/**
 * In --cli/check/replay, the official CLI reads its own flags after the target command too
 * (`--cli node server.js --method tools/list`); other words stay the target's. After `--`
 * everything is the target's.
 */
function pickHarnessFlags(a: LauncherArgs, words: readonly string[]): string[] {
  const keep: string[] = [];
  const known = FLAGS.filter((f) => f.harness || TARGET_FLAGS.has(f.name));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "--") {
      keep.push(...words.slice(i + 1));
      break;
    }
    const name = w.startsWith("--") && w.includes("=") ? w.slice(0, w.indexOf("=")) : w;
    if (known.some((f) => f.name === name)) i = applyFlag(a, words, i, known);
    else keep.push(w);
  }
  return keep;
}

/** Harness flags given, checked once the mode is known (--cli may come after them). */
const harnessFlagsSeen = new WeakMap<LauncherArgs, string[]>();

function validate(a: LauncherArgs): LauncherArgs {
  if (a.help || a.version) return a;
  const harness = harnessFlagsSeen.get(a);
  if (a.mode === "ui" && harness?.length) throw new UsageError(`${harness[0]} needs --cli, check or replay`);
  if (a.mode === "replay") {
    if (!a.sessionFile) throw new UsageError("replay needs a session file: inspector replay FILE.mcp-session.json");
    if (a.command && a.serverUrl) throw new UsageError("give --command or --server-url, not both");
    return a;
  }
  if (a.mode === "cli") validateCli(a);
  const sources = [a.command && "a command", a.serverUrl && "--server-url", a.config && "--config", a.registry && "--registry", a.demo && "--demo"].filter(Boolean);
  if (a.open && sources.length) throw new UsageError(`--open shows a recorded session without running anything; it takes no target (got ${sources.join(" and ")})`);
  if (sources.length > 1) throw new UsageError(`give one target, not ${sources.join(" and ")}`);
  if (a.server && !a.config && !a.registry) throw new UsageError("--server needs --config or --registry");
  if (a.transport && a.transport !== "stdio" && a.command) throw new UsageError(`--transport ${a.transport} needs --server-url, not a command`);
  if (a.transport === "stdio" && a.serverUrl) throw new UsageError("--server-url cannot be used with --transport stdio");
  if (Object.keys(a.headers).length && a.command) throw new UsageError("--header applies to --server-url targets, not to a command");
  return a;
}

function validateCli(a: LauncherArgs): void {
  if (!a.method) throw new UsageError(`--cli needs --method (one of ${CLI_METHODS.join(", ")})`);
  if (a.method === "tools/call" && !a.toolName) throw new UsageError("--method tools/call needs --tool-name");
  if (a.method === "resources/read" && !a.uri) throw new UsageError("--method resources/read needs --uri");
  if (a.method === "prompts/get" && !a.promptName) throw new UsageError("--method prompts/get needs --prompt-name");
  if (a.method === "logging/setLevel" && !a.logLevel) throw new UsageError("--method logging/setLevel needs --log-level");
  if (!a.command && !a.serverUrl && !a.config && !a.registry && !a.demo) throw new UsageError("--cli needs a target: a command, --server-url, --config or --demo");
}

function parseMethod(v: string): CliMethod {
  if ((CLI_METHODS as readonly string[]).includes(v)) return v as CliMethod;
  throw new UsageError(`--method must be one of ${CLI_METHODS.join(", ")}; got "${v}"`);
}

/** key=value, the value parsed as JSON when it is JSON (numbers, booleans, objects), else a string. */
function parseToolArg(v: string): Record<string, unknown> {
  const [key, raw] = Object.entries(parseKeyValue(v, "--tool-arg"))[0];
  try {
    return { [key]: JSON.parse(raw) };
  } catch {
    return { [key]: raw };
  }
}

const LOG_LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"];
function parseLogLevel(v: string): string {
  if (LOG_LEVELS.includes(v)) return v;
  throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}; got "${v}"`);
}

function parseFormat(v: string): "text" | "json" | "junit" {
  if (v === "text" || v === "json" || v === "junit") return v;
  throw new UsageError(`--format must be text, json or junit; got "${v}"`);
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
       inspector --cli TARGET --method M [...]        one call, result JSON on stdout
       inspector check TARGET [--format text|json|junit] [--call-tools]
       inspector replay FILE.mcp-session.json [--ignore PATH]... [--update]
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

Headless (--cli, check, replay)
  --method M               tools/list | tools/call | resources/list | resources/read |
                           resources/templates/list | prompts/list | prompts/get |
                           logging/setLevel | ping
  --tool-name N, --tool-arg KEY=VALUE (repeatable; JSON values are parsed)
  --uri URI, --prompt-name N, --prompt-args KEY=VALUE (repeatable), --log-level L
  --format F               check output: text (default), json, junit
  --call-tools             check: also call tools not annotated readOnlyHint
  --ignore PATH            replay: a JSON path to leave out of the diff (repeatable)
  --update                 replay: rewrite the recording with the new responses
  --command CMD            replay: run this command instead of the recorded one

Inspector
  --port N                 port to listen on (default 6274; 0 = any free port)
  --host ADDR              interface to bind (default 127.0.0.1; anything else prints a warning)
  --open LINK|FILE         show a shared session (link or .mcp-session.json); runs nothing until you
                           press Reproduce and confirm
  --no-open                do not open a browser
  -h, --help               this help
  -v, --version            print the version

Environment
  INSPECTOR_TOKEN (or MCP_PROXY_AUTH_TOKEN)   use this token instead of a random one
  INSPECTOR_BROWSER                            command that opens the page URL
`;
