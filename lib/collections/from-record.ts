import { asRecord, isObject } from "../json/shape";
import { REQUEST_METHODS } from "../protocol/methods";
import type { Entry } from "../record/format";
import { replayableRequests, type SharedTarget } from "../session/file";
import type { Collection, CollectionTarget, Expectation, Step } from "./schema";

/** A request as a step: the shorthands for tools/call, resources/read and prompts/get, any other method as written. */
export function stepFromRequest(method: string, params: Record<string, unknown> = {}, name?: string): Step {
  const named = name ? { name } : {};
  const args = isObject(params.arguments) ? { arguments: params.arguments } : {};
  if (method === "tools/call" && typeof params.name === "string") return { ...named, tool: params.name, ...args };
  if (method === "resources/read" && typeof params.uri === "string") return { ...named, resource: params.uri };
  if (method === "prompts/get" && typeof params.name === "string") return { ...named, prompt: params.name, ...args };
  const custom = REQUEST_METHODS.includes(method) ? {} : { custom: true };
  return { ...named, method, ...(Object.keys(params).length ? { params } : {}), ...custom };
}

/** A collection made from a recording, and the recorded result of each step that expects a snapshot (by step name). */
export interface FromRecord {
  collection: Collection;
  /** The result each snapshot step must match, as recorded (unmasked: the writer masks as snapshots are masked). */
  answers: Map<string, unknown>;
}

/**
 * A collection from a recording (`inspector test --from-session`): each request the client sent
 * a step, expecting what the recording saw (a snapshot of its result, or its error code; a tool
 * error as `isError: true` beside its snapshot), for the person to trim. The recorded results come
 * back beside it: they are the snapshots, so the first run is judged against the recording, not
 * against whatever the server answers that day. Requests the handshake makes, notifications and
 * unanswered ones are left out.
 */
export function collectionFromRecord(entries: readonly Entry[], target?: SharedTarget): FromRecord {
  const answers = new Map<number, Record<string, unknown>>();
  for (const e of entries) if (e.kind === "message" && e.dir === "server->client" && e.pair) answers.set(e.pair.seq, asRecord(e.message));
  const used = new Map<string, number>();
  const steps: Step[] = [];
  const recorded = new Map<string, unknown>();
  for (const r of replayableRequests(entries)) {
    const reply = answers.get(r.seq);
    if (r.notification || !reply) continue;
    const bare = stepFromRequest(r.method, r.params);
    const label = `${r.method}${bare.tool ? ` ${bare.tool}` : bare.prompt ? ` ${bare.prompt}` : bare.resource ? ` ${bare.resource}` : ""}`;
    const n = (used.get(label) ?? 0) + 1;
    used.set(label, n);
    const name = n > 1 ? `${label} (${n})` : label;
    const code = asRecord(reply.error).code;
    const failed = typeof code === "number";
    const toolError = bare.tool !== undefined && asRecord(reply.result).isError === true;
    const expect: Expectation[] = failed ? [{ errorCode: code }] : [...(toolError ? [{ isError: true }] : []), { snapshot: true }];
    if (!failed) recorded.set(name, reply.result);
    steps.push({ ...stepFromRequest(r.method, r.params, name), expect });
  }
  const t = target && collectionTarget(target);
  return { collection: { version: 1, ...(t ? { target: t } : {}), steps }, answers: recorded };
}

/** The recording's target, when it can run as written (a stdio server needing env values names them as `${NAME}`). */
function collectionTarget(t: SharedTarget): CollectionTarget | undefined {
  if (t.transport === "stdio") {
    if (t.command === "(in-process)") return undefined;
    const env = Object.fromEntries(t.envNames.map((n) => [n, `\${${n}}`]));
    return { command: t.command, args: t.args, ...(t.envNames.length ? { env } : {}), ...(t.cwd ? { cwd: t.cwd } : {}) };
  }
  return { url: t.url, ...(t.transport === "sse" ? { transport: "sse" as const } : {}) };
}
