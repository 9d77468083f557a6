import { asRecord } from "../json/shape";
import { ConfigError, type ConfigEnv } from "./config-file";
import { expandEntry, inputNeeded, type ExpandContext, type Expansion } from "./expand";
import { readEnvFile } from "./env-file";
import { hostLabel, type Host } from "./host-entry";
import { defined, names, pick, positive, strings, type HostReading } from "./entry-fields";
import { clineEntry, copilotEntry, opencodeEntry } from "./host-rules-own";

export type { HostFilters, HostReading } from "./entry-fields";

/** What the readers need beyond the entry: the environment, the folders, and a way to read an envFile. */
export interface ReadContext extends Omit<ExpandContext, "env"> {
  env: ConfigEnv;
  /** Reads a file the entry names (VS Code's and Cursor's `envFile`); throws when it cannot. */
  readFile(path: string): string;
}

/** Where each host keeps its servers, and how it fills variables. */
export const HOST_KEY: Record<Host, string> = {
  "claude-desktop": "mcpServers",
  "claude-code": "mcpServers",
  cursor: "mcpServers",
  vscode: "servers",
  kiro: "mcpServers",
  kimi: "mcpServers",
  gemini: "mcpServers",
  codex: "mcp_servers",
  opencode: "mcp",
  copilot: "mcpServers",
  cline: "mcpServers",
  qwen: "mcpServers",
};
const EXPANSION: Record<Host, Expansion> = {
  "claude-desktop": "none",
  "claude-code": "posix",
  cursor: "editor",
  vscode: "editor",
  kiro: "kiro",
  kimi: "none",
  gemini: "gemini",
  codex: "none",
  opencode: "opencode",
  copilot: "copilot",
  cline: "none",
  qwen: "gemini",
};

/** One entry of `host`'s file, read by that host's rules (throws ConfigError when it cannot start). */
export function readHostEntry(host: Host, raw: unknown, ctx: ReadContext, where: string, filled: string[]): HostReading {
  const e = asRecord(raw);
  const needsInput = host === "vscode" ? inputNeeded(e) : undefined;
  const skipped = skipOf(host, e);
  const out: HostReading = {
    entry: {},
    filled,
    filters: {},
    enabled: !skipped,
    notes: [],
    ...(skipped ? { skipped } : {}),
    ...(needsInput ? { needsInput } : {}),
  };
  if (needsInput) return out;
  // Claude Code fills five fields (its MCP page's list), Copilot CLI two (its command reference:
  // `env` and `headers`); the other hosts every string of the entry.
  const fields =
    host === "claude-code" ? pick(e, ["command", "args", "env", "url", "headers"]) : host === "copilot" ? pick(e, ["env", "headers"]) : e;
  const x = { ...e, ...asRecord(expandEntry(fields, EXPANSION[host], ctx, where, filled)) };
  const common = pick(x, ["type", "command", "args", "env", "cwd", "url", "headers", "protocolEra"]);
  switch (host) {
    case "kiro":
      out.filters = defined({ disabledTools: names(e.disabledTools) });
      break;
    case "kimi":
      out.filters = defined({
        enabledTools: names(e.enabledTools),
        disabledTools: names(e.disabledTools),
        startupTimeoutMs: positive(e.startupTimeoutMs),
        toolTimeoutMs: positive(e.toolTimeoutMs),
        bearerTokenEnvVar: typeof e.bearerTokenEnvVar === "string" ? e.bearerTokenEnvVar : undefined,
      });
      if (e.transport === "sse") common.type = "sse";
      if (out.filters.bearerTokenEnvVar && "url" in common)
        common.headers = {
          ...strings(common.headers),
          Authorization: `Bearer ${fromEnv(ctx, out.filters.bearerTokenEnvVar, filled, where, "bearerTokenEnvVar")}`,
        };
      break;
    case "gemini":
      // httpUrl is Streamable HTTP; url is SSE unless `type` says http (Gemini CLI's mcp-server page).
      if (typeof x.httpUrl === "string") Object.assign(common, { type: "streamable-http", url: x.httpUrl });
      else if (typeof x.url === "string" && x.type !== "http") common.type = "sse";
      out.filters = defined({
        enabledTools: names(e.includeTools),
        disabledTools: names(e.excludeTools),
        toolTimeoutMs: positive(e.timeout),
      });
      break;
    case "qwen":
      // Qwen Code's MCP page: httpUrl is Streamable HTTP, url SSE; `timeout` is each tool call's;
      // `discoveryTimeoutMs` caps the start (30 s for stdio, 5 s for a remote server when absent).
      if (typeof x.httpUrl === "string") Object.assign(common, { type: "streamable-http", url: x.httpUrl });
      else if (typeof x.url === "string") common.type = "sse";
      out.filters = defined({
        enabledTools: names(e.includeTools),
        disabledTools: names(e.excludeTools),
        toolTimeoutMs: positive(e.timeout),
        startupTimeoutMs: positive(e.discoveryTimeoutMs) ?? ("command" in common ? 30_000 : 5_000),
      });
      break;
    case "codex":
      return codexEntry(e, ctx, where, out);
    case "opencode":
      return opencodeEntry(x, where, out);
    case "copilot":
      return copilotEntry(e, x, where, out);
    case "cline":
      return clineEntry(x, where, out);
    default:
      for (const k of ["disabled", "enabled"] as const)
        if (k in e) out.notes.push(`"${k}" is not a ${hostLabel(host)} key: ${hostLabel(host)} starts this server`);
  }
  if ((host === "vscode" || host === "cursor") && typeof x.envFile === "string" && "command" in common)
    common.env = { ...envFileValues(x.envFile, ctx, filled, where), ...strings(common.env) };
  if (host === "vscode" && common.type === "http") common.type = "streamable-http";
  out.entry = common;
  return out;
}

/** Codex CLI's `[mcp_servers.NAME]` table (developers.openai.com/codex/mcp): no `${…}`, variables named by field. */
function codexEntry(e: Record<string, unknown>, ctx: ReadContext, where: string, out: HostReading): HostReading {
  const sec = (v: unknown) => (positive(v) === undefined ? undefined : Math.round((v as number) * 1000));
  // Codex waits 10 s for a server to start unless startup_timeout_sec says otherwise.
  out.filters = defined({
    enabledTools: names(e.enabled_tools),
    disabledTools: names(e.disabled_tools),
    startupTimeoutMs: sec(e.startup_timeout_sec) ?? 10_000,
    toolTimeoutMs: sec(e.tool_timeout_sec),
    bearerTokenEnvVar: typeof e.bearer_token_env_var === "string" ? e.bearer_token_env_var : undefined,
  });
  if ("command" in e) {
    const env = strings(e.env);
    // env_vars: names whose values Codex forwards from its own environment (a plain name or { name }).
    for (const v of Array.isArray(e.env_vars) ? e.env_vars : []) {
      const name = typeof v === "string" ? v : asRecord(v).name;
      const value = typeof name === "string" ? ctx.env[name] : undefined;
      if (typeof name === "string" && value !== undefined && !(name in env)) {
        env[name] = value;
        out.filled.push(value);
      }
    }
    out.entry = { ...pick(e, ["command", "args", "cwd"]), env };
    return out;
  }
  const headers = strings(e.http_headers);
  for (const [header, name] of Object.entries(strings(e.env_http_headers)))
    headers[header] = fromEnv(ctx, name, out.filled, where, `env_http_headers.${header}`);
  if (out.filters.bearerTokenEnvVar)
    headers.Authorization = `Bearer ${fromEnv(ctx, out.filters.bearerTokenEnvVar, out.filled, where, "bearer_token_env_var")}`;
  out.entry = { ...pick(e, ["url"]), type: "streamable-http", headers };
  return out;
}

/** Why the host would not start this entry, by the key it honours (Kiro's and Cline's `disabled`; Kimi Code's, Codex's and opencode's `enabled`), or undefined. */
export function skipOf(host: Host, e: Record<string, unknown>): string | undefined {
  const why =
    host === "kiro" && e.disabled === true
      ? "disabled: true"
      : host === "kimi" && e.enabled === false
        ? "enabled: false"
        : host === "codex" && e.enabled === false
          ? "enabled = false"
          : host === "opencode" && e.enabled === false
            ? "enabled: false"
            : host === "cline" && e.disabled === true
              ? "disabled: true"
              : undefined;
  return why && `${why} (the host does not start it)`;
}

/** A variable a field names (not a `${…}`): its value, remembered as filled, or a message naming it. */
function fromEnv(ctx: ReadContext, name: string, filled: string[], where: string, field: string): string {
  const v = ctx.env[name];
  if (v === undefined || v === "") throw new ConfigError(`${where}: ${field} names ${name}, which is not set`);
  filled.push(v);
  return v;
}

/** VS Code's and Cursor's `envFile`: KEY=VALUE lines, relative to the workspace folder; the entry's own env wins. */
function envFileValues(file: string, ctx: ReadContext, filled: string[], where: string): Record<string, string> {
  const full = /^([\\/]|[A-Za-z]:)/.test(file) ? file : `${ctx.workspace}${ctx.sep}${file}`;
  let text: string;
  try {
    text = ctx.readFile(full);
  } catch (err) {
    throw new ConfigError(`${where}: cannot read its envFile ${full}: ${(err as Error).message}`);
  }
  const values = readEnvFile(text);
  filled.push(...Object.values(values));
  return values;
}
