import type { ConnectSpecInput, OfferedCapabilities, ProtocolEraChoice, Target } from "../../lib/target/target";
import { TargetSchema } from "../../lib/target/target";
import { joinShellWords, splitShellWords } from "../../lib/target/shell-words";

import type { KeyValueRow } from "../../components/key-value-list";
import { DEFAULT_AUTH_DRAFT, authSettingsFrom, type AuthDraft } from "./auth-draft";

export type { KeyValueRow };

/** What the connection form holds while a person edits it (strings, rows), before it is a spec. */
export interface ConnectionDraft {
  transport: "stdio" | "http" | "sse";
  command: string;
  /** Arguments as typed, shell-style: spaces separate, quotes group. */
  argsText: string;
  env: KeyValueRow[];
  cwd: string;
  url: string;
  headers: KeyValueRow[];
  capabilities: OfferedCapabilities;
  /** Seconds the backend waits for someone to answer a server's sampling/elicitation/roots request. */
  answerTimeoutText: string;
  /** MCP authorization options, for HTTP and SSE targets. */
  auth: AuthDraft;
  /** Which protocol era to speak: auto (initialize, then server/discover if refused), legacy or modern. */
  protocolEra: ProtocolEraChoice;
}

/** The backend's default wait for an answer to a server request (seconds). */
export const DEFAULT_ANSWER_TIMEOUT_S = 300;

/** What the page offers unless told otherwise: all it can answer (the engine follows tasks, the person answers the rest). */
export const DEFAULT_CAPABILITIES: OfferedCapabilities = {
  sampling: true,
  elicitationForm: true,
  elicitationUrl: true,
  roots: true,
  tasks: true,
  apps: true,
};

export function draftFrom(target?: Target, capabilities?: OfferedCapabilities, protocolEra: ProtocolEraChoice = "auto"): ConnectionDraft {
  const d: ConnectionDraft = {
    transport: "stdio",
    command: "",
    argsText: "",
    env: [],
    cwd: "",
    url: "",
    headers: [],
    capabilities: capabilities ?? DEFAULT_CAPABILITIES,
    answerTimeoutText: String(DEFAULT_ANSWER_TIMEOUT_S),
    auth: DEFAULT_AUTH_DRAFT,
    protocolEra,
  };
  if (!target) return d;
  if (target.transport === "stdio") {
    return { ...d, command: target.command, argsText: joinShellWords(target.args), env: rows(target.env), cwd: target.cwd ?? "" };
  }
  return { ...d, transport: target.transport, url: target.url, headers: rows(target.headers) };
}

/** The spec to connect with, or what is wrong with the draft in words. */
export function specFrom(d: ConnectionDraft): { ok: true; spec: ConnectSpecInput } | { ok: false; message: string } {
  let target: unknown;
  if (d.transport === "stdio") {
    const args = splitShellWords(d.argsText);
    if (!args.ok) return args;
    target = {
      transport: "stdio",
      command: d.command.trim(),
      args: args.args,
      env: record(d.env),
      ...(d.cwd.trim() ? { cwd: d.cwd.trim() } : {}),
    };
  } else {
    target = { transport: d.transport, url: d.url.trim(), headers: record(d.headers) };
  }
  const parsed = TargetSchema.safeParse(target);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "the target is not valid" };
  const answerS = Number(d.answerTimeoutText.trim());
  if (!(answerS > 0) || !Number.isFinite(answerS)) return { ok: false, message: "the answer timeout must be a number of seconds above 0" };
  const timeouts = answerS === DEFAULT_ANSWER_TIMEOUT_S ? {} : { timeouts: { serverRequestMs: Math.round(answerS * 1000) } };
  const auth = parsed.data.transport === "stdio" ? { ok: true as const } : authSettingsFrom(d.auth);
  if (!auth.ok) return auth;
  return {
    ok: true,
    spec: {
      target: parsed.data,
      protocolEra: d.protocolEra,
      capabilities: d.capabilities,
      ...timeouts,
      ...(auth.auth ? { auth: auth.auth } : {}),
    },
  };
}

function rows(r: Record<string, string>): KeyValueRow[] {
  return Object.entries(r).map(([key, value]) => ({ key, value }));
}

function record(rs: KeyValueRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rs) if (r.key.trim()) out[r.key.trim()] = r.value;
  return out;
}
