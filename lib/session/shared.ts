import type { Entry } from "../record/format";
import { buildSession, entriesOfLastConnection, type SessionFile, type SharedTarget } from "./file";
import type { SessionState } from "./state";
import { describeTarget, type Target } from "../target/target";
import { isRequest, isResponse } from "../protocol/jsonrpc";
import { hasInvisible, shellQuoted, visible } from "../text/visible";
import { asRecord, objectOr } from "../json/shape";

/** Where a shared session comes from when the page opens. */
export type SharedSource = { kind: "link"; link: string } | { kind: "opened" };

/** `#session=…` (a share link) or `?session=opened` (the launcher's --open); undefined otherwise. */
export function sharedSourceOf(href: string): SharedSource | undefined {
  const url = new URL(href);
  if (url.hash.startsWith("#session=")) return { kind: "link", link: href };
  if (url.searchParams.get("session") === "opened") return { kind: "opened" };
  return undefined;
}

/** How the page that shows a recording came to be open: its address, referrer and opener. */
export interface Arrival {
  href: string;
  /** document.referrer: "" when none was sent (this server sends no-referrer for its own pages). */
  referrer: string;
  /** window.opener was set: another page opened this one with window.open or a target=_blank link. */
  opened: boolean;
}

/**
 * What the Reproduce confirm must say about where the recording came from, or undefined when the
 * launcher's --open brought it and no other page was involved. A link that arrived from elsewhere
 * (another site opened it, or it is a share link at all) was chosen by someone else.
 */
export function arrivalWarning(a: Arrival): string | undefined {
  const own = originOf(a.href);
  const from = a.referrer ? originOf(a.referrer) : undefined;
  if (from && from !== own) return `This recording was opened from another site (${visible(from)}), not by you from this inspector.`;
  if (a.opened) return "This recording was opened by another page (window.open), not by you from this inspector.";
  if (sharedSourceOf(a.href)?.kind === "link")
    return "This recording came from a share link, not from this inspector's --open: someone else chose the command.";
  return undefined;
}

/** scheme://host[:port] of an absolute URL, lower-cased (the whole text when it is not one). */
function originOf(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? url).toLowerCase();
}

/** The address without the shared session in it (after the recording is closed). */
export function withoutSharedSource(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith("#session=")) url.hash = "";
  url.searchParams.delete("session");
  return url.pathname + url.search + url.hash;
}

/** The values that must not leave: the target's env and header values, by name. */
export function secretsOf(target: Target | undefined): Record<string, string> {
  if (!target) return {};
  return target.transport === "stdio" ? { ...target.env } : { ...target.headers };
}

/** The session the page would share now (before redaction), or why there is none. */
export function sessionFromLive(
  state: SessionState | undefined,
  entries: readonly Entry[],
  inspectorVersion: string | undefined,
  now = new Date(),
): { ok: true; session: SessionFile } | { ok: false; message: string } {
  if (!state?.target) return { ok: false, message: "Nothing to share yet: connect to a server first." };
  const last = entriesOfLastConnection(entries);
  if (!last.length) return { ok: false, message: "Nothing to share yet: the record is empty." };
  return {
    ok: true,
    session: buildSession(
      {
        inspectorVersion: inspectorVersion ?? "unknown",
        target: state.target,
        capabilities: state.capabilities ?? {
          sampling: true,
          elicitationForm: true,
          elicitationUrl: true,
          roots: true,
          tasks: false,
          apps: false,
        },
        negotiated: state.negotiated,
        entries: last,
      },
      now,
    ),
  };
}

/** A file name for a session: the server's name (or command) and the time it was made. */
export function sessionFileName(session: SessionFile): string {
  const info = objectOr(session.negotiated?.serverInfo);
  const base =
    typeof info?.name === "string"
      ? info.name
      : session.target.transport === "stdio"
        ? session.target.command.split(/[\\/]/).pop()!
        : new URL(session.target.url).hostname;
  const stamp = session.createdAt.replace(/\.\d+Z$/, "").replace(/[:T]/g, "-");
  return `${base.replace(/[^\w.-]+/g, "-").slice(0, 40) || "session"}-${stamp}.mcp-session.json`;
}

/** The target a reproduction starts from: the recorded one, with empty values for the env or header names. */
export function reproduceTargetOf(t: SharedTarget): Target {
  if (t.transport === "stdio")
    return {
      transport: "stdio",
      command: t.command,
      args: [...t.args],
      cwd: t.cwd,
      env: Object.fromEntries(t.envNames.map((n) => [n, ""])),
    };
  return { transport: t.transport, url: t.url, headers: Object.fromEntries(t.headerNames.map((n) => [n, ""])) };
}

/**
 * One line that says what a shared target is: the command line or the URL, with control, bidi and
 * zero-width characters escaped (an RLO in an argument must not reverse the banner's text).
 */
export function describeShared(t: SharedTarget): string {
  if (t.transport === "stdio") return [t.command, ...t.args].map(shellQuoted).join(" ");
  return visible(describeTarget(reproduceTargetOf(t)));
}

/**
 * The command as it will be executed, one word per line: each quoted as a POSIX shell needs it
 * with invisible characters escaped, so the confirm cannot show one argv and run another.
 */
export function commandLines(t: Target): { words: string[]; escaped: boolean } {
  if (t.transport !== "stdio") return { words: [visible(t.url)], escaped: hasInvisible(t.url) };
  const argv = [t.command, ...t.args];
  return { words: argv.map(shellQuoted), escaped: argv.some(hasInvisible) };
}

/** How someone without this page's token opens the recording with an inspector of their own. */
export function openCommandFor(link: string): string {
  return `npx mcp-inspector-harness --open '${link.replace(/'/g, `'\\''`)}'`;
}

/** A tools/call in a recording: the request, and its response when there was one. */
export interface RecordedCall {
  requestSeq: number;
  responseSeq?: number;
  name: string;
  arguments: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
  latencyMs?: number;
}

/** The tool calls of a recording with their results, in the order they were made. */
export function recordedCalls(entries: readonly Entry[]): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const bySeq = new Map<number, RecordedCall>();
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "client->server") {
      if (e.kind === "message" && e.pair && isResponse(e.message)) {
        const call = bySeq.get(e.pair.seq);
        if (!call) continue;
        const m = e.message;
        call.responseSeq = e.seq;
        call.latencyMs = e.pair.latencyMs;
        if (m.error) call.error = m.error;
        else call.result = m.result;
      }
      continue;
    }
    if (!isRequest(e.message)) continue;
    if (e.message.method !== "tools/call") continue;
    const params = asRecord(e.message.params);
    const call: RecordedCall = { requestSeq: e.seq, name: String(params.name ?? "?"), arguments: params.arguments ?? {} };
    calls.push(call);
    bySeq.set(e.seq, call);
  }
  return calls;
}

/** Bytes as the person reads them: "12.3 KB". */
export function formatKb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Parse one extra JSON path to ignore; a path starts with `$`. */
export function validIgnorePath(p: string): string | undefined {
  const t = p.trim();
  if (!t.startsWith("$")) return "a JSON path starts with $, e.g. $.result.content[0].text";
  if (/\s/.test(t)) return "a JSON path has no spaces";
  return undefined;
}
