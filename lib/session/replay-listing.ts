import { arrayOr, asRecord } from "../json/shape";
import type { Entry } from "../record/format";
import { visible } from "../text/visible";
import { replayableRequests, type SessionFile } from "./file";
import { probeMisuse } from "./left-out";

/** One request a replay will send again, as the confirm shows it. */
export interface ListedRequest {
  seq: number;
  method: string;
  /** tools/call: the tool's name. */
  tool?: string;
  /** The arguments (tools/call) or params, as JSON; undefined when there are none. */
  args?: string;
  notification: boolean;
  /** A tool the recording's tools/list did not mark read-only (annotations.readOnlyHint): it may change something. */
  sideEffect: boolean;
}

/**
 * Every request `replay` and the page's Reproduce send again, in order, with the tools that may
 * change something marked (issue 38 item 7: a confirm that showed only the command let a recorded
 * `write_file` overwrite a `.bashrc`). Only a tool the recording's own tools/list marked
 * `readOnlyHint: true` counts as read-only; an unlisted one may do anything.
 */
export function replayListing(session: SessionFile): ListedRequest[] {
  const readOnly = readOnlyTools(session);
  return replayableRequests(session.entries).map((r) => {
    const p = r.params ?? {};
    if (r.method === "tools/call") {
      const tool = typeof p.name === "string" ? p.name : "";
      const args = p.arguments === undefined ? undefined : JSON.stringify(p.arguments);
      return { seq: r.seq, method: r.method, tool, args, notification: r.notification, sideEffect: !readOnly.has(tool) };
    }
    const args = Object.keys(p).length ? JSON.stringify(p) : undefined;
    return { seq: r.seq, method: r.method, args, notification: r.notification, sideEffect: false };
  });
}

function readOnlyTools(session: SessionFile): Set<string> {
  const out = new Set<string>();
  for (const e of session.entries) {
    if (e.kind !== "message" || e.dir !== "server->client") continue;
    const tools = asRecord(asRecord(e.message).result).tools;
    if (!Array.isArray(tools)) continue;
    for (const t of tools) {
      const tool = asRecord(t);
      if (typeof tool.name === "string" && asRecord(tool.annotations).readOnlyHint === true) out.add(tool.name);
    }
  }
  return out;
}

/** A value shown on one line: escaped, and past `max` characters cut with how much more there is. */
export function folded(text: string, max: number): string {
  const shown = visible(text);
  return shown.length <= max ? shown : `${shown.slice(0, max)}… (${shown.length - max} more characters)`;
}

/** The listing as terminal lines: `!` marks what may change something. */
export function formatReplayListing(items: readonly ListedRequest[], max = 400): string[] {
  const changing = items.filter((i) => i.sideEffect).length;
  const lines = [
    `  it sends ${items.length} recorded request${items.length === 1 ? "" : "s"} again${changing ? ` (${changing} marked !: a tool not marked read-only, which may change things)` : ""}:`,
  ];
  items.forEach((i, n) => {
    const what = `${visible(i.method)}${i.tool !== undefined ? ` ${visible(i.tool)}` : ""}`;
    lines.push(`  ${i.sideEffect ? "!" : " "} ${n + 1}. ${what}${i.args !== undefined ? ` ${folded(i.args, max)}` : ""}`);
  });
  return lines;
}

/** A tool whose behaviour the recording did not exercise, and why (issue 64: coverage you can see). */
export interface NotExercised {
  tool: string;
  why: string;
}

/**
 * The tools a recording does not exercise: listed by its tools/list and never called, or called
 * only with arguments the server refused (an `isError` answer or a JSON-RPC error: with arguments
 * guessed from a schema, as `check --call-tools --save-session` guesses them, the behaviour behind
 * real arguments is never tested). A replay or a collection made from it says nothing of these.
 */
export function sessionCoverage(entries: readonly Entry[]): NotExercised[] {
  const answers = new Map<number, Record<string, unknown>>();
  for (const e of entries) if (e.kind === "message" && e.dir === "server->client" && e.pair) answers.set(e.pair.seq, asRecord(e.message));
  const listed: string[] = [];
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "server->client" || e.pair?.method !== "tools/list") continue;
    for (const t of arrayOr(asRecord(asRecord(e.message).result).tools)) {
      const name = asRecord(t).name;
      if (typeof name === "string" && !listed.includes(name)) listed.push(name);
    }
  }
  const calls = new Map<string, { ok: number; refused: string[] }>();
  // check's deliberate misuse says nothing of a tool: a call of a tool that does not exist, or
  // with arguments built to break its schema, is neither a use nor a refusal of a real call.
  const misuse = probeMisuse(entries);
  for (const r of replayableRequests(entries)) {
    if (r.method !== "tools/call" || r.notification || typeof r.params?.name !== "string" || misuse.has(r.seq)) continue;
    const c = calls.get(r.params.name) ?? { ok: 0, refused: [] };
    calls.set(r.params.name, c);
    const reply = answers.get(r.seq);
    if (!reply) continue;
    const error = asRecord(reply.error);
    if (typeof error.code === "number") c.refused.push(`a JSON-RPC error ${error.code}`);
    else if (asRecord(reply.result).isError === true) c.refused.push("isError");
    else c.ok++;
  }
  const out: NotExercised[] = [];
  for (const tool of listed) if (!calls.has(tool)) out.push({ tool, why: "never called" });
  for (const [tool, c] of calls)
    if (!c.ok && c.refused.length)
      out.push({
        tool,
        why: `every call (${c.refused.length}) was refused (${[...new Set(c.refused)].join(", ")}): the arguments did not reach what the tool does`,
      });
  return out;
}
