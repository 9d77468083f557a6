import { asRecord } from "../json/shape";
import { ConfigError, configJson, MAX_ENTRY_DEPTH, serversOf, type ConfigEnv, type ConfiguredServer } from "./config-file";
import type { Host } from "./host-entry";

/** One file of a host's configuration, as read (the caller reads files; this is pure). */
export interface ConfigLayer {
  file: string;
  text: string;
  /** "user", "project", "workspace": what the host calls this layer. */
  scope: string;
}

/** The fields a host applies to a server before a model sees its tools (Kimi Code names them so). */
export interface HostFilters {
  enabledTools?: string[];
  disabledTools?: string[];
  startupTimeoutMs?: number;
  toolTimeoutMs?: number;
  /** The variable whose value the host sends as a bearer token (its name, not the value). */
  bearerTokenEnvVar?: string;
}

/** One server as a host would see it: from which layer, whether it would start it, and its target or why not. */
export type HostServer = ConfiguredServer & {
  host: Host;
  /** The file (the layer) whose entry won. */
  file: string;
  scope: string;
  /** False when the host would not start it (`disabled: true`, `enabled: false`): `skipped` says why. */
  enabled: boolean;
  skipped?: string;
  filters: HostFilters;
};

/** The key each host keeps its servers under. */
const KEY: Record<Host, string> = {
  "claude-desktop": "mcpServers",
  "claude-code": "mcpServers",
  cursor: "mcpServers",
  vscode: "servers",
  kiro: "mcpServers",
  kimi: "mcpServers",
};

/**
 * The servers of a host's configuration, its layers merged as the host merges them: `layers` go
 * lowest first (the user's, then the project's or workspace's), and a server named in a higher
 * layer replaces the lower one's entry whole (Claude Code: project .mcp.json over the user's;
 * Kiro: workspace over user; Kimi Code: project over user; Cursor: project over global; VS Code:
 * workspace over user). Variables are expanded in each host's syntax: `${VAR}` and
 * `${VAR:-default}`, `${env:VAR}` (Cursor, VS Code); VS Code's `${input:ID}` is asked of a person
 * by VS Code, so such a server has no target here and says which input it needs.
 */
export function hostServers(host: Host, layers: readonly ConfigLayer[], env: ConfigEnv): HostServer[] {
  const byName = new Map<string, HostServer>();
  for (const layer of layers) {
    const json = asRecord(configJson(layer.text, layer.file));
    const raw = json[KEY[host]];
    if (raw === undefined) continue;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new ConfigError(`${layer.file}: "${KEY[host]}" is not an object`);
    const entries = raw as Record<string, unknown>;
    const normalized = Object.fromEntries(Object.entries(entries).map(([name, e]) => [name, normalize(host, e)]));
    for (const s of serversOf(normalized, layer.file, env)) {
      const entry = asRecord(entries[s.name]);
      const input = inputNeeded(entry);
      const server: HostServer = {
        ...(input && s.ok
          ? {
              name: s.name,
              ok: false,
              message: `${layer.file}: server "${s.name}" needs the input "${input}", which VS Code asks for when it starts the server`,
              entry,
            }
          : s),
        host,
        file: layer.file,
        scope: layer.scope,
        ...enabledOf(entry),
        filters: filtersOf(entry),
      };
      // The order is the first layer's that names it; a later layer's entry replaces it whole.
      byName.set(s.name, server);
    }
  }
  return [...byName.values()];
}

/** Each host's own spelling, brought to the common `mcpServers` entry the reader takes. */
function normalize(host: Host, entry: unknown): unknown {
  const e = { ...asRecord(entry) };
  for (const k of [
    "disabled",
    "enabled",
    "enabledTools",
    "disabledTools",
    "startupTimeoutMs",
    "toolTimeoutMs",
    "bearerTokenEnvVar",
    "autoApprove",
    "disabledTools",
  ])
    delete e[k];
  // VS Code and Cursor write ${env:NAME}; the reader expands ${NAME}. ${input:…} is left for
  // inputNeeded. Within each string: on the JSON text, a `${input:` with no `}` of its own cut
  // across the structure and left text that is not JSON, which hid every server (red-team 7).
  const out = asRecord(strings(e, (t) => t.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, "${$1}").replace(/\$\{input:[^}]*\}/g, "")));
  if (host === "vscode" && out.type === "http") out.type = "streamable-http";
  return out;
}

/** A JSON value with `f` applied to each string; too deep a value is left as it is (the reader then names the depth). */
function strings(v: unknown, f: (s: string) => string, depth = 0): unknown {
  if (typeof v === "string") return f(v);
  if (depth > MAX_ENTRY_DEPTH || !v || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => strings(x, f, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strings(x, f, depth + 1)]));
}

function inputNeeded(entry: Record<string, unknown>): string | undefined {
  let found: string | undefined;
  strings(entry, (t) => ((found ??= /\$\{input:([^}]*)\}/.exec(t)?.[1]), t));
  return found;
}

function enabledOf(entry: Record<string, unknown>): { enabled: boolean; skipped?: string } {
  if (entry.disabled === true) return { enabled: false, skipped: "disabled: true (the host does not start it)" };
  if (entry.enabled === false) return { enabled: false, skipped: "enabled: false (the host does not start it)" };
  return { enabled: true };
}

function filtersOf(entry: Record<string, unknown>): HostFilters {
  const names = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined);
  const ms = (v: unknown) => (typeof v === "number" && v > 0 ? v : undefined);
  const f: HostFilters = {};
  const enabledTools = names(entry.enabledTools);
  const disabledTools = names(entry.disabledTools);
  if (enabledTools) f.enabledTools = enabledTools;
  if (disabledTools) f.disabledTools = disabledTools;
  if (ms(entry.startupTimeoutMs)) f.startupTimeoutMs = ms(entry.startupTimeoutMs);
  if (ms(entry.toolTimeoutMs)) f.toolTimeoutMs = ms(entry.toolTimeoutMs);
  if (typeof entry.bearerTokenEnvVar === "string") f.bearerTokenEnvVar = entry.bearerTokenEnvVar;
  return f;
}

/** The tools a host exposes after its filters: enabledTools (when given) keeps only those, disabledTools removes. */
export function toolsAfterFilters(tools: readonly string[], f: HostFilters): string[] {
  return tools.filter((t) => (!f.enabledTools || f.enabledTools.includes(t)) && !f.disabledTools?.includes(t));
}
