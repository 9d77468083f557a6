import * as z from "zod";
import { ProtocolEraChoiceSchema, type ProtocolEraChoice, type Target } from "../../../lib/target/target";
import { UsageError } from "../usage-error";
import type { Env } from "./env-flags";
import { asRecord } from "../../../lib/json/shape";

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

export function targetFromConfig(
  text: string,
  file: string,
  serverName: string | undefined,
  env: Env,
): { name: string; target: Target; protocolEra?: ProtocolEraChoice } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) throw new UsageError(`${file} has no "mcpServers" object`);
  const names = Object.keys(parsed.data.mcpServers);
  if (names.length === 0) throw new UsageError(`${file} lists no servers under "mcpServers"`);
  let name = serverName;
  if (name === undefined) {
    if (names.length > 1) throw new UsageError(`${file} has ${names.length} servers (${names.join(", ")}): choose one with --server NAME`);
    name = names[0];
  }
  if (!Object.hasOwn(parsed.data.mcpServers, name))
    throw new UsageError(`server "${name}" is not in ${file} (it has: ${names.join(", ")})`);
  const raw = expandVars(parsed.data.mcpServers[name], env, `${file}: server "${name}"`);
  const protocolEra = eraOf(raw, `${file}: server "${name}"`) ?? eraOf(json, file);
  return { name, target: entryToTarget(raw, `${file}: server "${name}"`), ...(protocolEra ? { protocolEra } : {}) };
}

function eraOf(obj: unknown, where: string): ProtocolEraChoice | undefined {
  const e = EraField.safeParse(obj ?? {});
  if (!e.success)
    throw new UsageError(`${where}: protocolEra must be "legacy", "auto" or "modern", got ${JSON.stringify(asRecord(obj).protocolEra)}`);
  return e.data.protocolEra;
}

function entryToTarget(raw: unknown, where: string): Target {
  const obj = asRecord(raw);
  if ("command" in obj) {
    const s = StdioEntry.safeParse(obj);
    if (!s.success) throw new UsageError(`${where}: ${describeIssue(s.error)}`);
    return { transport: "stdio", command: s.data.command, args: s.data.args, env: s.data.env, cwd: s.data.cwd };
  }
  if ("url" in obj) {
    const r = RemoteEntry.safeParse(obj);
    if (!r.success) throw new UsageError(`${where}: ${describeIssue(r.error)}`);
    if (!/^https?:\/\//.test(r.data.url)) throw new UsageError(`${where}: url must be http(s), got "${r.data.url}"`);
    return { transport: r.data.type === "sse" ? "sse" : "http", url: r.data.url, headers: r.data.headers };
  }
  throw new UsageError(`${where} has neither "command" nor "url"`);
}

function describeIssue(err: z.ZodError): string {
  const i = err.issues[0];
  return `${i.path.join(".") || "entry"}: ${i.message}`;
}

/** Expand ${VAR} and ${VAR:-default} in every string of a JSON value. */
export function expandVars(value: unknown, env: Env, where: string): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_, name: string, def: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== "") return v;
      if (def !== undefined) return def;
      throw new UsageError(`${where}: environment variable ${name} is not set (used as \${${name}})`);
    });
  }
  if (Array.isArray(value)) return value.map((v) => expandVars(v, env, where));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandVars(v, env, where)]));
  }
  return value;
}
