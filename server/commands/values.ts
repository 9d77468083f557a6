import path from "node:path";
import { pathToFileURL } from "node:url";
import { LOG_LEVELS, isLogLevel } from "../../lib/protocol/log-levels";
import { ProtocolEraChoiceSchema, type ProtocolEraChoice } from "../../lib/target/target";

/**
 * Every flag of `inspector`, in one table: the parser reads it and --help is printed from it.
 * Names, values and meanings follow the official MCP Inspector CLI where the two overlap.
 */

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Transport = "stdio" | "sse" | "http";

/** ui: the page (default); cli: one call (--cli); check: the server doctor; replay, mock, diff: recordings. */
export type Mode = "ui" | "cli" | "check" | "replay" | "mock" | "diff";
export const SUBCOMMANDS = ["check", "replay", "mock", "diff"] as const;

export const CLI_METHODS = [
  "initialize",
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

export const ELICITATION_POLICIES = ["ask", "accept-defaults", "decline", "cancel"] as const;
export type ElicitationPolicy = (typeof ELICITATION_POLICIES)[number];

export interface LauncherArgs {
  mode: Mode;
  /** --cli: the one method to call, and its parameters. */
  method?: CliMethod;
  toolName?: string;
  toolArgs: Record<string, unknown>;
  toolArgsJson?: Record<string, unknown>;
  /** tools/call as a task: the engine follows it and the final result is printed. */
  task: boolean;
  uri?: string;
  promptName?: string;
  promptArgs: Record<string, string>;
  logLevel?: string;
  /** check and diff: output format; check: whether tools without readOnlyHint may be called. */
  format: "text" | "json" | "junit";
  callTools: boolean;
  /** replay and mock: the session file; JSON paths to ignore; replay: rewrite the recording. */
  sessionFile?: string;
  ignore: string[];
  update: boolean;
  /** replay: run a file's command without asking. */
  yes: boolean;
  /** --pass-env: names whose values pass from the inspector's own environment (every mode that starts a server). */
  passEnv: string[];
  /** --env-file: KEY=VALUE files for the server's environment, read in order. */
  envFiles: string[];
  /** mock: exit 1 when a request was not matched; how long a recorded server request waits. */
  strict: boolean;
  answerTimeoutMs?: number;
  /** diff: the two sides (session files, commands or URLs) and what fails it. */
  sides: string[];
  failOn: "breaking" | "any";
  /** MCP authorization of an HTTP target. */
  auth?: "browser" | "auto" | "off";
  clientId?: string;
  clientSecret?: string;
  clientMetadataUrl?: string;
  callbackUrl?: string;
  scope?: string;
  /** Standing answers for the server's requests (page, --cli, check). */
  roots: string[];
  samplingFile?: string;
  elicitation?: ElicitationPolicy;
  connectTimeoutMs?: number;
  /** Which protocol era to speak (default auto); a config file's protocolEra applies when the flag is absent. */
  protocolEra?: ProtocolEraChoice;
  requestTimeoutMs?: number;
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
  /** --port was given (mock serves stdio unless it is). */
  portGiven: boolean;
  host: string;
  openBrowser: boolean;
  demo: boolean;
  help: boolean;
  version: boolean;
}

export type Section = "Target" | "Authorization (OAuth)" | "Answers for the server's requests" | "One call (--cli)" | "check" | "replay" | "mock" | "diff" | "Inspector";

export interface FlagSpec {
  names: readonly string[];
  /** The value's placeholder in --help; absent for a switch. */
  value?: string;
  /** Takes every following KEY=VALUE word too (the official CLI's variadic form). */
  variadic?: boolean;
  section: Section;
  help: string;
  /** Modes the flag belongs to; a flag outside them is refused (it would do nothing). */
  modes: readonly Mode[];
  /** Recognised after the target command too, in the modes that run one headless. */
  afterTarget?: boolean;
  set(a: LauncherArgs, value: string): void;
}

const ALL: readonly Mode[] = ["ui", "cli", "check", "replay", "mock", "diff"];
const TARGETED: readonly Mode[] = ["ui", "cli", "check", "diff"];
const HEADLESS: readonly Mode[] = ["cli", "check"];
const ANSWERING: readonly Mode[] = ["ui", "cli", "check"];

export const FLAGS: readonly FlagSpec[] = [
  { names: ["-e", "--env"], value: "KEY=VALUE", section: "Target", modes: [...TARGETED, "replay"], afterTarget: true, help: "environment variable for the stdio server (repeatable); in replay, passes this value. The value shows in the process list: for a secret use --pass-env or --env-file", set: (a, v) => Object.assign(a.env, keyValue(v, "-e")) },
  {
    names: ["--pass-env"],
    value: "NAME",
    section: "Target",
    modes: [...TARGETED, "replay"],
    afterTarget: true,
    help: "pass this variable, its value taken from the inspector's own environment, to the stdio server (repeatable; the value stays out of the process list). In replay, only variables named so (or set with -e) pass",
    set: (a, v) => a.passEnv.push(envName(v)),
  },
  { names: ["--env-file"], value: "FILE", section: "Target", modes: [...TARGETED, "replay"], afterTarget: true, help: "environment for the stdio server from a file of KEY=VALUE lines (# comments; repeatable; -e and --pass-env win)", set: (a, v) => a.envFiles.push(v) },
  { names: ["--cwd"], value: "DIR", section: "Target", modes: TARGETED, afterTarget: true, help: "working directory for the stdio server", set: (a, v) => (a.cwd = v) },
  { names: ["--server-url"], value: "URL", section: "Target", modes: [...TARGETED, "replay"], afterTarget: true, help: "connect to a server over HTTP (a path ending in /sse means --transport sse)", set: (a, v) => (a.serverUrl = httpUrl(v, "--server-url")) },
  { names: ["--transport"], value: "T", section: "Target", modes: TARGETED, afterTarget: true, help: "stdio | http (Streamable HTTP, the default for URLs) | sse (legacy)", set: (a, v) => (a.transport = transport(v)) },
  { names: ["--header"], value: '"Name: Value"', variadic: false, section: "Target", modes: TARGETED, afterTarget: true, help: 'HTTP header for URL targets, e.g. "Authorization: Bearer …" (repeatable)', set: (a, v) => Object.assign(a.headers, header(v)) },
  { names: ["--config"], value: "FILE", section: "Target", modes: TARGETED, afterTarget: true, help: "an mcpServers JSON file (Claude Desktop / official inspector format)", set: (a, v) => (a.config = v) },
  { names: ["--registry"], value: "FILE", section: "Target", modes: TARGETED, help: "an MCP registry server.json (packages via npx/uvx/docker, or remotes)", set: (a, v) => (a.registry = v) },
  { names: ["--server"], value: "NAME", section: "Target", modes: TARGETED, afterTarget: true, help: "which server of --config / --registry to use", set: (a, v) => (a.server = v) },
  { names: ["--demo"], section: "Target", modes: TARGETED, help: "the bundled reference server (@modelcontextprotocol/server-everything)", set: (a) => (a.demo = true) },
  {
    names: ["--protocol-era"],
    value: "ERA",
    section: "Target",
    modes: [...TARGETED, "replay"],
    afterTarget: true,
    help: "legacy (2025: initialize) | auto (initialize; 2026-07-28's server/discover when the server refuses it for its version: the default) | modern (server/discover)",
    set: (a, v) => (a.protocolEra = protocolEra(v)),
  },
  { names: ["--connect-timeout"], value: "MS", section: "Target", modes: TARGETED, afterTarget: true, help: "how long connecting and initialize may take (default 15000)", set: (a, v) => (a.connectTimeoutMs = millis(v, "--connect-timeout")) },
  { names: ["--request-timeout"], value: "MS", section: "Target", modes: TARGETED, afterTarget: true, help: "how long a request may wait for its answer (default 60000)", set: (a, v) => (a.requestTimeoutMs = millis(v, "--request-timeout")) },

  { names: ["--auth"], value: "MODE", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "browser (a person logs in; the default on a terminal) | auto (no person: the authorization server's redirects are followed, for CI) | off", set: (a, v) => (a.auth = oneOf(v, ["browser", "auto", "off"] as const, "--auth")) },
  { names: ["--client-id"], value: "ID", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "a client registered with the authorization server beforehand", set: (a, v) => (a.clientId = v) },
  { names: ["--client-secret"], value: "SECRET", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "its secret (or MCP_CLIENT_SECRET, which stays out of the process list)", set: (a, v) => (a.clientSecret = v) },
  { names: ["--client-metadata-url"], value: "URL", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "a Client ID Metadata Document (the client id is this URL)", set: (a, v) => (a.clientMetadataUrl = httpUrl(v, "--client-metadata-url")) },
  { names: ["--callback-url"], value: "URL", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "where the login comes back (loopback only; default: a free port on 127.0.0.1)", set: (a, v) => (a.callbackUrl = loopbackUrl(v, "--callback-url")) },
  { names: ["--scope"], value: "SCOPE", section: "Authorization (OAuth)", modes: TARGETED, afterTarget: true, help: "the scope to ask for when the server names none", set: (a, v) => (a.scope = v) },
  { names: ["--root"], value: "URI|PATH", section: "Answers for the server's requests", modes: ANSWERING, afterTarget: true, help: "a root for roots/list (repeatable; a path becomes a file:// URI); offers roots", set: (a, v) => a.roots.push(rootUri(v)) },
  { names: ["--sampling"], value: "FILE", section: "Answers for the server's requests", modes: ANSWERING, afterTarget: true, help: 'canned answers for sampling/createMessage, a JSON file { "rules": [{ "match", "text", "model" }] }; offers sampling', set: (a, v) => (a.samplingFile = v) },
  { names: ["--elicitation"], value: "POLICY", section: "Answers for the server's requests", modes: ANSWERING, afterTarget: true, help: "ask | accept-defaults | decline | cancel (headless: not ask); offers elicitation", set: (a, v) => (a.elicitation = oneOf(v, ELICITATION_POLICIES, "--elicitation")) },

  { names: ["--cli"], section: "One call (--cli)", modes: ALL, help: "one call, its result as JSON on stdout, then exit", set: (a) => (a.mode = a.mode === "ui" ? "cli" : a.mode) },
  { names: ["--method"], value: "M", section: "One call (--cli)", modes: HEADLESS, afterTarget: true, help: CLI_METHODS.join(" | "), set: (a, v) => (a.method = oneOf(v, CLI_METHODS, "--method")) },
  { names: ["--tool-name"], value: "N", section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "the tool of tools/call", set: (a, v) => (a.toolName = v) },
  { names: ["--tool-arg"], value: "KEY=VALUE…", variadic: true, section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "tool arguments (repeatable, or several after one flag; JSON values are parsed)", set: (a, v) => Object.assign(a.toolArgs, toolArg(v)) },
  { names: ["--task"], section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "run tools/call as a task (2025-11-25 tasks): the inspector follows it (tasks/get, tasks/result) and prints the final result", set: (a) => (a.task = true) },
  { names: ["--tool-args-json"], value: "JSON", section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "all tool arguments as one JSON object (not with --tool-arg)", set: (a, v) => (a.toolArgsJson = jsonObject(v, "--tool-args-json")) },
  { names: ["--uri"], value: "URI", section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "the resource of resources/read", set: (a, v) => (a.uri = v) },
  { names: ["--prompt-name"], value: "N", section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "the prompt of prompts/get", set: (a, v) => (a.promptName = v) },
  { names: ["--prompt-args"], value: "KEY=VALUE…", variadic: true, section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: "prompt arguments (repeatable, or several after one flag)", set: (a, v) => Object.assign(a.promptArgs, keyValue(v, "--prompt-args")) },
  { names: ["--log-level"], value: "L", section: "One call (--cli)", modes: ["cli"], afterTarget: true, help: `the level of logging/setLevel: ${LOG_LEVELS.join(" | ")}`, set: (a, v) => (a.logLevel = logLevel(v)) },

  { names: ["--format"], value: "F", section: "check", modes: ["cli", "check", "diff"], afterTarget: true, help: "text (default) | json | junit (check, diff); --cli: json is the default, text also works", set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")) },
  { names: ["--call-tools"], section: "check", modes: ["check"], afterTarget: true, help: "also call tools not annotated readOnlyHint", set: (a) => (a.callTools = true) },

  { names: ["--ignore"], value: "PATH", section: "replay", modes: ["replay", "mock"], afterTarget: true, help: "a JSON path to leave out of the comparison (repeatable)", set: (a, v) => a.ignore.push(v) },
  { names: ["--update"], section: "replay", modes: ["replay"], afterTarget: true, help: "rewrite the recording with the new responses (redacted)", set: (a) => (a.update = true) },
  { names: ["--command"], value: "CMD", section: "replay", modes: ["replay"], afterTarget: true, help: "run this command instead of the recorded one", set: (a, v) => (a.command = v) },
  { names: ["--yes"], section: "replay", modes: ["replay"], afterTarget: true, help: "run the file's command without asking (needed without a terminal)", set: (a) => (a.yes = true) },

  { names: ["--strict"], section: "mock", modes: ["mock"], afterTarget: true, help: "exit 1 when a request matched no recording", set: (a) => (a.strict = true) },
  { names: ["--answer-timeout"], value: "MS", section: "mock", modes: ["mock"], afterTarget: true, help: "how long a recorded server request waits for the client's answer (default 10000)", set: (a, v) => (a.answerTimeoutMs = millis(v, "--answer-timeout")) },

  { names: ["--fail-on"], value: "WHAT", section: "diff", modes: ["diff"], afterTarget: true, help: "breaking (default) | any: which changes exit 1", set: (a, v) => (a.failOn = oneOf(v, ["breaking", "any"] as const, "--fail-on")) },

  { names: ["--port"], value: "N", section: "Inspector", modes: ["ui", "mock"], afterTarget: true, help: "port to listen on (default 6274; 0 = any free port); mock: serve Streamable HTTP on it", set: (a, v) => ((a.port = port(v)), (a.portGiven = true)) },
  { names: ["--host"], value: "ADDR", section: "Inspector", modes: ["ui"], help: "interface to bind (default 127.0.0.1; anything else prints a warning)", set: (a, v) => (a.host = v) },
  { names: ["--open"], value: "LINK|FILE", section: "Inspector", modes: ["ui"], help: "show a shared session (link or .mcp-session.json); runs nothing until you press Reproduce and confirm", set: (a, v) => (a.open = v) },
  { names: ["--no-open"], section: "Inspector", modes: ["ui"], help: "do not open a browser", set: (a) => (a.openBrowser = false) },
  { names: ["-h", "--help"], section: "Inspector", modes: ALL, help: "this help", set: (a) => (a.help = true) },
  { names: ["-v", "--version"], section: "Inspector", modes: ALL, help: "print the version", set: (a) => (a.version = true) },
];

const BY_NAME = new Map(FLAGS.flatMap((f) => f.names.map((n) => [n, f] as const)));
export const flagNamed = (name: string): FlagSpec | undefined => BY_NAME.get(name);

export function emptyArgs(defaults: { port?: number } = {}): LauncherArgs {
  return {
    mode: "ui",
    toolArgs: {},
    promptArgs: {},
    format: "text",
    callTools: false,
    ignore: [],
    update: false,
    yes: false,
    passEnv: [],
    envFiles: [],
    strict: false,
    sides: [],
    failOn: "breaking",
    roots: [],
    args: [],
    env: {},
    headers: {},
    port: defaults.port ?? 6274,
    portGiven: false,
    host: "127.0.0.1",
    openBrowser: true,
    task: false,
    demo: false,
    help: false,
    version: false,
  };
}

// Values. Each names its flag and what it got, and says what it wants.

function oneOf<T extends string>(v: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${v}"`);
}

/** KEY=VALUE with a key and a value, as the official CLI requires ("e=" is refused). */
export function keyValue(v: string, flag: string): Record<string, string> {
  const eq = v.indexOf("=");
  if (eq <= 0 || eq === v.length - 1) throw new UsageError(`${flag} expects KEY=VALUE with both parts, got "${v}"`);
  return { [v.slice(0, eq)]: v.slice(eq + 1) };
}

/** key=value, the value parsed as JSON when it is JSON (numbers, booleans, objects), else a string. */
function toolArg(v: string): Record<string, unknown> {
  const [key, raw] = Object.entries(keyValue(v, "--tool-arg"))[0];
  try {
    return { [key]: JSON.parse(raw) };
  } catch {
    return { [key]: raw };
  }
}

function jsonObject(v: string, flag: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch (e) {
    throw new UsageError(`${flag} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError(`${flag} must be a JSON object, got ${JSON.stringify(parsed)}`);
  return parsed as Record<string, unknown>;
}

function logLevel(v: string): string {
  if (isLogLevel(v)) return v;
  throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}; got "${v}"`);
}

function header(v: string): Record<string, string> {
  const colon = v.indexOf(":");
  if (colon <= 0) throw new UsageError(`--header expects "Name: Value", got "${v}"`);
  const name = v.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header: "${name}" is not a valid header name`);
  return { [name]: v.slice(colon + 1).trim() };
}

function transport(v: string): Transport {
  if (v === "streamable-http") return "http";
  if (v === "stdio" || v === "sse" || v === "http") return v;
  throw new UsageError(`--transport must be stdio, sse or http, got "${v}"`);
}

export function httpUrl(v: string, flag: string): string {
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
    return v;
  } catch {
    throw new UsageError(`${flag} must be an http(s) URL, got "${v}"`);
  }
}

function loopbackUrl(v: string, flag: string): string {
  const u = new URL(httpUrl(v, flag));
  if (!/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(u.hostname)) throw new UsageError(`${flag} must be a loopback URL (127.0.0.1, localhost, [::1]): the login's code comes back to it; got "${v}"`);
  return v;
}

function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${v}"`);
  return n;
}

function protocolEra(v: string): ProtocolEraChoice {
  const parsed = ProtocolEraChoiceSchema.safeParse(v);
  if (!parsed.success) throw new UsageError(`--protocol-era must be legacy, auto or modern, got "${v}"`);
  return parsed.data;
}

function millis(v: string, flag: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a number of milliseconds, got "${v}"`);
  return Number(v);
}

/** A root as the spec wants it (a URI); a plain path becomes the file:// URI of its absolute form. */
function rootUri(v: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      return new URL(v).href;
    } catch {
      throw new UsageError(`--root: "${v}" is not a valid URI`);
    }
  }
  if (!v || /^[a-z][a-z0-9+.-]*:/i.test(v)) throw new UsageError(`--root expects a URI (file:///…) or a path, got "${v}"`);
  return pathToFileURL(path.resolve(v)).href;
}

/** An environment variable's name, as POSIX shells accept one. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function envName(v: string): string {
  if (ENV_NAME.test(v)) return v;
  throw new UsageError(`--pass-env expects a variable name, got "${v}"`);
}
