import * as z from "zod";
import { asRecord } from "../json/shape";
import { ProtocolEraChoiceSchema, type ProtocolEraChoice, type Target } from "./target";

/** The environment `${VAR}` reads from (process.env's shape, without Node's types). */
export type ConfigEnv = Readonly<Record<string, string | undefined>>;

/** A configuration file that cannot be read as one: its message names the file and, where one is at fault, the server. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** One server of a configuration file: its target, or why it has none (each server stands alone). */
export type ConfiguredServer =
  | { name: string; ok: true; target: Target; protocolEra?: ProtocolEraChoice; entry: Record<string, unknown> }
  | { name: string; ok: false; message: string; entry: Record<string, unknown> };

/**
 * The common `mcpServers` file (Claude Desktop, the official inspector, .mcp.json):
 * stdio servers have command/args/env/cwd; remote ones url/headers with type sse or
 * streamable-http. `${VAR}` and `${VAR:-default}` are expanded from the environment.
 */
const StdioEntry = z.object({
  type: z.literal("stdio").optional(),
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
});
const RemoteEntry = z.object({
  type: z.enum(["sse", "streamable-http", "http", "streamableHttp"]).optional(),
  url: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
});
/** The official inspector's `protocolEra`, for the whole file or one server (the server's wins). */
const EraField = z.object({ protocolEra: ProtocolEraChoiceSchema.optional() });
const ConfigFile = z.object({ mcpServers: z.record(z.string(), z.unknown()), protocolEra: z.unknown().optional() });

/**
 * JSON with comments (opencode's `opencode.jsonc`, and comments its `opencode.json` may hold) as
 * plain JSON: `//` and `/* … *\/` comments and a comma before `}` or `]` removed, strings kept
 * as written. Each comment becomes spaces, so a JSON error's position still points into the file.
 */
export function jsoncText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      out += " ".repeat(stop - i);
      i = stop - 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop - 1;
    } else if (c === "," && /^\s*[}\]]/.test(blanked(text, i + 1))) out += " ";
    else out += c;
  }
  return out;
}

/** The text after a comma with its comments read as blanks (a trailing comma may have one after it). */
function blanked(text: string, from: number): string {
  return text.slice(from, from + 4096).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, " ");
}

/** Parse a file's text as JSON, or say which file is not JSON. */
export function configJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** The servers of one `mcpServers`-shaped object (a host's file may hold it under another key). */
export function serversOf(servers: Record<string, unknown>, file: string, env: ConfigEnv, whole?: unknown): ConfiguredServer[] {
  return Object.keys(servers).map((name): ConfiguredServer => {
    const entry = asRecord(servers[name]);
    const where = `${file}: server "${name}"`;
    try {
      const raw = expandVars(servers[name], env, where);
      const protocolEra = eraOf(raw, where) ?? (whole === undefined ? undefined : eraOf(whole, file));
      return { name, ok: true, target: entryToTarget(raw, where), entry, ...(protocolEra ? { protocolEra } : {}) };
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      return { name, ok: false, message: e.message, entry };
    }
  });
}

/** The one server a command or connect() names (`--server NAME`), or the only one: else ConfigError. */
export function targetFromConfig(
  text: string,
  file: string,
  serverName: string | undefined,
  env: ConfigEnv,
): { name: string; target: Target; protocolEra?: ProtocolEraChoice } {
  const json = configJson(text, file);
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) throw new ConfigError(`${file} has no "mcpServers" object`);
  const names = Object.keys(parsed.data.mcpServers);
  if (names.length === 0) throw new ConfigError(`${file} lists no servers under "mcpServers"`);
  let name = serverName;
  if (name === undefined) {
    if (names.length > 1) throw new ConfigError(`${file} has ${names.length} servers (${names.join(", ")}): choose one with --server NAME`);
    name = names[0];
  }
  if (!Object.hasOwn(parsed.data.mcpServers, name))
    throw new ConfigError(`server "${name}" is not in ${file} (it has: ${names.join(", ")})`);
  const [found] = serversOf({ [name]: parsed.data.mcpServers[name] }, file, env, json);
  if (!found.ok) throw new ConfigError(found.message);
  return { name, target: found.target, ...(found.protocolEra ? { protocolEra: found.protocolEra } : {}) };
}

function eraOf(obj: unknown, where: string): ProtocolEraChoice | undefined {
  const e = EraField.safeParse(obj ?? {});
  if (!e.success)
    throw new ConfigError(`${where}: protocolEra must be "legacy", "auto" or "modern", got ${JSON.stringify(asRecord(obj).protocolEra)}`);
  return e.data.protocolEra;
}

/** One entry (variables already expanded) as a target: a command, or a URL (http or https). */
export function entryToTarget(raw: unknown, where: string): Target {
  const obj = asRecord(raw);
  if ("command" in obj) {
    const s = StdioEntry.safeParse(obj);
    if (!s.success) throw new ConfigError(`${where}: ${describeIssue(s.error)}`);
    return { transport: "stdio", command: s.data.command, args: s.data.args, env: s.data.env, cwd: s.data.cwd };
  }
  if ("url" in obj) {
    const r = RemoteEntry.safeParse(obj);
    if (!r.success) throw new ConfigError(`${where}: ${describeIssue(r.error)}`);
    // Named by its scheme only: the value may have come from a variable holding a secret (red-team 7).
    if (!/^https?:\/\//.test(r.data.url))
      throw new ConfigError(
        `${where}: url must be http(s), got ${/^[a-z][a-z0-9+.-]*:/i.exec(r.data.url)?.[0] ?? "a value with no scheme"}`,
      );
    return { transport: r.data.type === "sse" ? "sse" : "http", url: r.data.url, headers: r.data.headers };
  }
  throw new ConfigError(`${where} has neither "command" nor "url"`);
}

function describeIssue(err: z.ZodError): string {
  const i = err.issues[0];
  return `${i.path.join(".") || "entry"}: ${i.message}`;
}

/** Levels of nesting a server's entry may have: a real one has three or four (red-team 7: a deeper one overflowed the stack and hid every server). */
export const MAX_ENTRY_DEPTH = 64;

/** Expand ${VAR} and ${VAR:-default} in every string of a JSON value. */
export function expandVars(value: unknown, env: ConfigEnv, where: string, depth = 0): unknown {
  if (depth > MAX_ENTRY_DEPTH) throw new ConfigError(`${where}: nested deeper than ${MAX_ENTRY_DEPTH} levels`);
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_, name: string, def: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== "") return v;
      if (def !== undefined) return def;
      throw new ConfigError(`${where}: environment variable ${name} is not set (used as \${${name}})`);
    });
  }
  if (Array.isArray(value)) return value.map((v) => expandVars(v, env, where, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandVars(v, env, where, depth + 1)]));
  }
  return value;
}
