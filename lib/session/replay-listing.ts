import { asRecord } from "../json/shape";
import { visible } from "../text/visible";
import { replayableRequests, type SessionFile } from "./file";

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
