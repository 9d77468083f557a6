import { asRecord } from "../json/shape";
import { ConfigError } from "./config-file";
import { defined, names, pick, positive, strings, type HostReading } from "./entry-fields";

/**
 * The hosts whose entries have a shape of their own, each read as its documentation says
 * (docs/cli.md cites each page), brought to the common `mcpServers` shape. `x` is the entry with
 * the host's variables already filled.
 */

/**
 * opencode's `mcp` entry (opencode.ai/docs/mcp-servers): `type` "local" runs `command`, an array
 * of the command and its arguments, with `environment` and `cwd`; "remote" reaches `url` with
 * `headers`. `timeout` bounds the tool listing (5 s when absent): the start, as the check sees it.
 */
export function opencodeEntry(x: Record<string, unknown>, where: string, out: HostReading): HostReading {
  out.filters = defined({ startupTimeoutMs: positive(x.timeout) ?? 5_000 });
  if (x.type === "local") {
    const command = x.command;
    if (!Array.isArray(command) || command.length === 0 || !command.every((w) => typeof w === "string"))
      throw new ConfigError(`${where}: command must be an array of the command and its arguments (opencode's "local" entry)`);
    out.entry = { command: command[0], args: command.slice(1), env: strings(x.environment), ...pick(x, ["cwd"]) };
    return out;
  }
  if (x.type === "remote") {
    // opencode tries Streamable HTTP first (and SSE after): the check connects as the first.
    out.entry = { ...pick(x, ["url", "headers"]), type: "streamable-http" };
    return out;
  }
  throw new ConfigError(`${where}: type must be "local" or "remote" (opencode), got ${JSON.stringify(x.type ?? null)}`);
}

/** Copilot CLI's transport types (its command reference): `local` and `stdio` alike; `streamable-http` an alias of `http`. */
const COPILOT_TYPES: Record<string, string> = {
  local: "stdio",
  stdio: "stdio",
  http: "streamable-http",
  "streamable-http": "streamable-http",
  sse: "sse",
};

/**
 * Copilot CLI's entry (`~/.copilot/mcp-config.json`, a repository's `.github/mcp.json` or
 * `.mcp.json`): `type` local/stdio (the default), http or sse; `tools` the tools it exposes (`*`:
 * all, absent: none named); `timeout` each tool call's, and the start's floored at 60 s.
 */
export function copilotEntry(e: Record<string, unknown>, x: Record<string, unknown>, where: string, out: HostReading): HostReading {
  const type = COPILOT_TYPES[String(x.type ?? ("url" in x ? "" : "local"))];
  if (!type)
    throw new ConfigError(`${where}: type must be "local", "stdio", "http" or "sse" (Copilot CLI), got ${JSON.stringify(x.type ?? null)}`);
  const tools = names(e.tools) ?? (e.tools === "" ? [] : undefined);
  const timeout = positive(e.timeout);
  out.filters = defined({
    enabledTools: tools && !tools.includes("*") ? tools : undefined,
    toolTimeoutMs: timeout ?? 30_000,
    startupTimeoutMs: Math.max(timeout ?? 30_000, 60_000),
  });
  if (tools === undefined) out.notes.push(`no "tools": Copilot CLI's command reference requires it ("*" for all)`);
  out.entry = type === "stdio" ? { ...pick(x, ["command", "args", "env", "cwd"]) } : { ...pick(x, ["url", "headers"]), type };
  return out;
}

/**
 * Cline's `cline_mcp_settings.json` entry (docs.cline.bot, "Configuring MCP Servers", and its
 * settings schema): `type` stdio, sse or streamableHttp (a `url` with no type is SSE, a legacy
 * `transportType: "http"` Streamable HTTP); `timeout` in seconds, each request's (60 when absent).
 * Cline CLI 3 writes the transport's fields under `transport` (issue 90 point 7): read the same.
 */
export function clineEntry(x: Record<string, unknown>, where: string, out: HostReading): HostReading {
  const nested = asRecord(x.transport);
  const t = typeof x.transport === "object" && x.transport !== null ? { ...x, ...nested } : x;
  const type = t.type ?? (t.transportType === "http" ? "streamableHttp" : t.transportType) ?? ("command" in t ? "stdio" : "sse");
  const seconds = positive(x.timeout);
  out.filters = defined({ toolTimeoutMs: (seconds ?? 60) * 1000 });
  if (type === "stdio") out.entry = pick(t, ["command", "args", "env", "cwd"]);
  else if (type === "sse" || type === "streamableHttp")
    out.entry = { ...pick(t, ["url", "headers"]), type: type === "sse" ? "sse" : "streamable-http" };
  else throw new ConfigError(`${where}: type must be "stdio", "sse" or "streamableHttp" (Cline), got ${JSON.stringify(type)}`);
  return out;
}
