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

/**
 * A collection from a recording (`inspector test --from-session`): each request the client sent
 * a step, expecting what the recording saw (a snapshot of its result, or its error code), for
 * the person to trim. Requests the handshake makes, notifications and unanswered ones are left out.
 */
export function collectionFromRecord(entries: readonly Entry[], target?: SharedTarget): Collection {
  const answers = new Map<number, Record<string, unknown>>();
  for (const e of entries) if (e.kind === "message" && e.dir === "server->client" && e.pair) answers.set(e.pair.seq, asRecord(e.message));
  const used = new Map<string, number>();
  const steps: Step[] = [];
  for (const r of replayableRequests(entries)) {
    const reply = answers.get(r.seq);
    if (r.notification || !reply) continue;
    const bare = stepFromRequest(r.method, r.params);
    const label = `${r.method}${bare.tool ? ` ${bare.tool}` : bare.prompt ? ` ${bare.prompt}` : bare.resource ? ` ${bare.resource}` : ""}`;
    const n = (used.get(label) ?? 0) + 1;
    used.set(label, n);
    const expect: Expectation[] =
      isObject(reply.error) && typeof reply.error.code === "number" ? [{ errorCode: reply.error.code }] : [{ snapshot: true }];
    steps.push({ ...stepFromRequest(r.method, r.params, n > 1 ? `${label} (${n})` : label), expect });
  }
  const t = target && collectionTarget(target);
  return { version: 1, ...(t ? { target: t } : {}), steps };
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
