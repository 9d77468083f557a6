import { asRecord, isObject } from "../json/shape";
import { REQUEST_METHODS } from "../protocol/methods";
import type { Entry } from "../record/format";
import { replayableRequests, type SharedTarget } from "../session/file";
import { leftOutOfCollection } from "../session/left-out";
import { sessionCoverage, type NotExercised } from "../session/replay-listing";
import { ambientKinds, latencyComparable, requestNotifications } from "./regression-bounds";
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
  /** What the recording does not exercise: a tool never called, a call whose arguments the server refused. */
  coverage: NotExercised[];
  /** A comment for a step (by index): why its verdict says little of the tool. */
  comments: Map<number, string>;
  /** The requests written as no step, and why: the recording's own client caused their answers (lib/session/left-out.ts). */
  leftOut: Array<{ request: string; why: string }>;
}

/**
 * A collection from a recording (`inspector test --from-session`): each request the client sent
 * a step, expecting what the recording saw (a snapshot of its result, or its error code; a tool
 * error as `isError: true` beside its snapshot), for the person to trim. The recorded results come
 * back beside it: they are the snapshots, so the first run is judged against the recording, not
 * against whatever the server answers that day. Requests the handshake makes, notifications and
 * unanswered ones are left out, and so are those whose answer the recording's client caused (a
 * cancelled request, check's deliberate misuse): `leftOut` says which and why.
 */
export function collectionFromRecord(
  entries: readonly Entry[],
  target?: SharedTarget,
  /** What the recording's client offered: a server may list more to a client that offers more. */
  offered?: Partial<Record<"sampling" | "elicitationForm" | "roots", boolean>>,
): FromRecord {
  const answers = new Map<number, Record<string, unknown>>();
  const responses = new Map<number, { seq: number; latencyMs: number }>();
  for (const e of entries)
    if (e.kind === "message" && e.dir === "server->client" && e.pair) {
      answers.set(e.pair.seq, asRecord(e.message));
      responses.set(e.pair.seq, { seq: e.seq, latencyMs: e.pair.latencyMs });
    }
  const comments = new Map<number, string>();
  // A kind the server also sends on its own (a periodic log line) is not expected of a request.
  const ambient = ambientKinds(entries);
  const used = new Map<string, number>();
  const steps: Step[] = [];
  const recorded = new Map<string, unknown>();
  const notExpected = leftOutOfCollection(entries);
  const leftOut: FromRecord["leftOut"] = [];
  for (const r of replayableRequests(entries)) {
    const reply = answers.get(r.seq);
    if (r.notification || !reply) continue;
    const bare = stepFromRequest(r.method, r.params);
    const label = `${r.method}${bare.tool ? ` ${bare.tool}` : bare.prompt ? ` ${bare.prompt}` : bare.resource ? ` ${bare.resource}` : ""}`;
    const why = notExpected.get(r.seq);
    if (why !== undefined) {
      leftOut.push({ request: label, why });
      continue;
    }
    const n = (used.get(label) ?? 0) + 1;
    used.set(label, n);
    const name = n > 1 ? `${label} (${n})` : label;
    const code = asRecord(reply.error).code;
    const failed = typeof code === "number";
    const toolError = bare.tool !== undefined && asRecord(reply.result).isError === true;
    const expect: Expectation[] = failed ? [{ errorCode: code }] : [...(toolError ? [{ isError: true }] : []), { snapshot: true }];
    if (!failed) recorded.set(name, reply.result);
    // What came with the answer, and how long it took (issue 64): a server that stops sending its
    // progress or log lines, or answers ten times slower, fails. A step sends a progress token
    // only as a tool call, so only a tool step expects progress.
    const response = responses.get(r.seq)!;
    const came = requestNotifications(entries, r.seq, response.seq, ambient).filter((m) => bare.tool || m !== "notifications/progress");
    if (came.length) expect.push({ notifications: [...new Set(came)] });
    if (latencyComparable(r.method)) expect.push({ latency: { recordedMs: Math.ceil(response.latencyMs) } });
    if (bare.tool && (failed || toolError))
      comments.set(
        steps.length,
        ` not exercised: the server refused these arguments (${failed ? `error ${code}` : "isError"}), so this step tests the refusal, not what ${bare.tool} does; give it real arguments`,
      );
    steps.push({ ...stepFromRequest(r.method, r.params, name), expect });
  }
  // The collection's client offers what the recording's did (a step's answer: rules make the
  // runner offer sampling, elicitation and roots), so the listings it compares are the same ones.
  const answer = offeredAnswers(entries, offered);
  if (answer && steps.length) {
    steps[0] = { ...steps[0], answer };
    const why =
      " answer: offers what the recording's client offered (a server may list more tools to a client that offers sampling, elicitation or roots)";
    comments.set(0, comments.has(0) ? `${why}\n${comments.get(0)}` : why);
  }
  const t = target && collectionTarget(target);
  return {
    collection: { version: 1, ...(t ? { target: t } : {}), steps },
    answers: recorded,
    coverage: sessionCoverage(entries),
    comments,
    leftOut,
  };
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

/** Answer rules that make a collection's run offer what the recording's client offered: roots as it answered them. */
function offeredAnswers(
  entries: readonly Entry[],
  offered: Partial<Record<"sampling" | "elicitationForm" | "roots", boolean>> | undefined,
) {
  if (!offered || !(offered.sampling || offered.elicitationForm || offered.roots)) return undefined;
  let roots: Array<{ uri: string; name?: string }> = [];
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "client->server") continue;
    const listed = asRecord(asRecord(e.message).result).roots;
    if (!Array.isArray(listed)) continue;
    roots = listed
      .map((r) => asRecord(r))
      .filter((r) => typeof r.uri === "string")
      .map((r) => ({ uri: r.uri as string, ...(typeof r.name === "string" ? { name: r.name } : {}) }));
    break;
  }
  return {
    ...(offered.sampling ? { sampling: [] } : {}),
    ...(offered.elicitationForm ? { elicitation: "decline" as const } : {}),
    ...(offered.roots ? { roots } : {}),
  };
}
