import type { Entry } from "../../lib/record/format";
import type { Tool } from "../../lib/protocol/shapes";
import type { ReplayItem } from "../../lib/session/replay-result";
import type { ToolCallOutcome } from "../../lib/wire/outcomes";
import { appResourceUriOf } from "../../lib/apps/app-meta";

/** A replayed tools/call whose tool, as the live server lists it now, ships an App: what the App panel is given. */
export interface ReplayedApp {
  tool: Tool;
  /** The arguments the call was made with (sent to the App as its tool input). */
  args: Record<string, unknown>;
  /** The live server's answer to the replayed call, never the recorded one. */
  outcome: ToolCallOutcome;
}

/** What a replayed tools/call shows about Apps: its App, live; that an App made it; or nothing. */
export type ReplayedAppOf = { kind: "app"; app: ReplayedApp } | { kind: "made-by-app" } | undefined;

/**
 * The recorded requests an App made (its `tools/call` or `resources/read`, relayed to the server):
 * the host's response to the App names them by `serverSeq`. Replaying such a call gives no App of
 * its own: the App that made it is rendered under the call that rendered it.
 */
export function appRelayedSeqs(entries: readonly Entry[]): Set<number> {
  const out = new Set<number>();
  for (const e of entries) if (e.kind === "app" && e.serverSeq !== undefined) out.add(e.serverSeq);
  return out;
}

const object = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/**
 * Whether a replayed item renders an App, as a run in the Tools tab would: a tools/call that came
 * back (a result, or the server's JSON-RPC error, which the App is told as a cancellation), of a
 * tool whose live listing names a `ui://` resource. A call that became a task, one with no
 * response, and one the recording cancelled render none. The tool is looked up in `tools`, the
 * live session's listing: a recording's own tools/list never decides that an App runs.
 */
export function replayedAppOf(item: ReplayItem, tools: readonly Tool[], relayed: ReadonlySet<number>): ReplayedAppOf {
  if (item.method !== "tools/call") return undefined;
  const params = object(item.params);
  const name = params?.name;
  if (typeof name !== "string") return undefined;
  const tool = tools.find((t) => t.name === name);
  if (!tool || !appResourceUriOf(tool)) return undefined;
  if (relayed.has(item.recordedSeq)) return { kind: "made-by-app" };
  const replayed = object(item.replayed);
  if (!replayed || !("result" in replayed || "error" in replayed)) return undefined;
  if (object(replayed.result)?.task !== undefined) return undefined;
  const error = object(replayed.error) as ToolCallOutcome["error"] | undefined;
  const outcome: ToolCallOutcome = {
    ...(error ? { error } : { result: replayed.result }),
    verdict: null,
    durationMs: 0,
    requestSeq: item.replayedRequestSeq,
    responseSeq: item.replayedResponseSeq,
  };
  return { kind: "app", app: { tool, args: object(params?.arguments) ?? {}, outcome } };
}

/** The tools of replayed calls not found in `tools` yet (a later page of the live listing may hold them). */
export function unlistedCallTools(items: readonly ReplayItem[], tools: readonly Tool[]): string[] {
  const names = new Set<string>();
  for (const i of items) {
    const name = object(i.params)?.name;
    if (i.method === "tools/call" && typeof name === "string" && !tools.some((t) => t.name === name)) names.add(name);
  }
  return [...names];
}

/** How many App messages a recording holds per tool that rendered one (shown as data, never run). */
export function recordedAppMessageCounts(entries: readonly Entry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) if (e.kind === "app") out.set(e.tool, (out.get(e.tool) ?? 0) + 1);
  return out;
}
