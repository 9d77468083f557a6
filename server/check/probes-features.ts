import { RpcError, type Engine } from "../engine";
import type { ProbeResult } from "./result";
import { MODERN_CHANGES, noAnswer } from "./probes";
import { asRecord } from "../../lib/json/shape";
import { resultOf } from "../../lib/protocol/results";

// Probes of the optional features a server declares: each runs only when the capability is in
// the server's initialize result, and asks what the conformance suite's server leg asks. The
// shape of each result is the lint's job (it validates every result with the SDK's schemas);
// a probe says whether the request was answered with a result at all.

const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";
/** Listed prompts and resources are fetched up to this many each. */
const EACH_MAX = 20;
const TIMEOUT = { timeoutMs: 10_000 };

type Item = Record<string, unknown>;

function failure(e: unknown): string {
  if (e instanceof RpcError) return `error ${e.rpc.code}: ${e.rpc.message}`;
  return e instanceof Error ? e.message : String(e);
}

/** Run one request; a result is a pass, an error or no answer a fail. */
async function answered(
  engine: Engine,
  base: Omit<ProbeResult, "status" | "message">,
  method: string,
  params: Item,
  ok: (result: unknown) => string | undefined,
): Promise<ProbeResult> {
  try {
    const out = await engine.request(method, params, TIMEOUT);
    const problem = ok(out.result);
    return problem
      ? { ...base, status: "fail", seq: out.responseSeq, message: problem }
      : { ...base, status: "pass", seq: out.responseSeq, message: `answered in ${out.durationMs.toFixed(0)} ms` };
  } catch (e) {
    // A JSON-RPC error fails at the probe's level; no answer at all is always an error.
    if (!(e instanceof RpcError)) return noAnswer(base, `${method} failed: ${failure(e)}`);
    return { ...base, status: "fail", message: `${method} failed: ${failure(e)}` };
  }
}

const noCheck = () => undefined;

/** In the 2026-07-28 era the log level travels in each request's `_meta`: there is no logging/setLevel to probe. */
export async function probeSetLevel(engine: Engine, era: "legacy" | "modern" = "legacy"): Promise<ProbeResult> {
  const base = {
    id: "logging-set-level",
    title: "logging/setLevel is answered",
    severity: "error" as const,
    specUrl: `${MCP}/server/utilities/logging`,
  };
  if (era === "modern")
    return {
      ...base,
      status: "skip",
      specUrl: MODERN_CHANGES,
      message:
        "the 2026-07-28 era (this connection's) has no logging/setLevel: the level is set per request in _meta (io.modelcontextprotocol/logLevel)",
    };
  return answered(engine, base, "logging/setLevel", { level: "info" }, noCheck);
}

/** completion/complete for the first prompt argument (or resource template variable) there is. */
export async function probeCompletion(engine: Engine, prompts: Item[], templates: Item[]): Promise<ProbeResult> {
  const base = {
    id: "completion",
    title: "completion/complete is answered with values",
    severity: "error" as const,
    specUrl: `${MCP}/server/utilities/completion`,
  };
  const prompt = prompts.find((p) => Array.isArray(p.arguments) && p.arguments.length > 0);
  const template = templates.find((t) => typeof t.uriTemplate === "string" && /\{[^}]+\}/.test(t.uriTemplate));
  let params: Item;
  if (prompt)
    params = { ref: { type: "ref/prompt", name: prompt.name }, argument: { name: (prompt.arguments as Item[])[0].name, value: "" } };
  else if (template)
    params = {
      ref: { type: "ref/resource", uri: template.uriTemplate },
      argument: { name: /\{([^}]+)\}/.exec(String(template.uriTemplate))![1].replace(/^[+#./;?&]/, ""), value: "" },
    };
  else return { ...base, status: "skip", message: "no prompt with arguments and no resource template to complete" };
  return answered(engine, base, "completion/complete", params, (r) => {
    const values = asRecord(asRecord(r).completion).values;
    return Array.isArray(values) ? undefined : "the result has no completion.values array";
  });
}

/** Subscribe to the first listed resource, then unsubscribe (2026-07-28 replaced both with subscriptions/listen). */
export async function probeSubscribe(engine: Engine, resources: Item[], era: "legacy" | "modern" = "legacy"): Promise<ProbeResult[]> {
  const spec = `${MCP}/server/resources#subscriptions`;
  const uri = resources.find((r) => typeof r.uri === "string")?.uri;
  const sub = { id: "resources-subscribe", title: "resources/subscribe is answered", severity: "error" as const, specUrl: spec };
  const unsub = { id: "resources-unsubscribe", title: "resources/unsubscribe is answered", severity: "error" as const, specUrl: spec };
  if (era === "modern")
    return [
      {
        ...sub,
        status: "skip",
        specUrl: MODERN_CHANGES,
        message: "the 2026-07-28 era (this connection's) has no resources/subscribe: subscriptions/listen replaced it",
      },
    ];
  if (uri === undefined) return [{ ...sub, status: "skip", message: "no resource listed to subscribe to" }];
  return [
    await answered(engine, sub, "resources/subscribe", { uri }, noCheck),
    await answered(engine, unsub, "resources/unsubscribe", { uri }, noCheck),
  ];
}

/** The first completion the server offers for a prompt argument, if it offers completions. */
async function completionOf(engine: Engine, prompt: string, argument: string, canComplete: boolean): Promise<string | undefined> {
  if (!canComplete) return undefined;
  try {
    const out = await engine.request(
      "completion/complete",
      { ref: { type: "ref/prompt", name: prompt }, argument: { name: argument, value: "" } },
      TIMEOUT,
    );
    const first = resultOf("completion/complete", out.result)?.completion.values[0];
    return typeof first === "string" ? first : undefined;
  } catch {
    return undefined;
  }
}

/**
 * prompts/get of each listed prompt. One without required arguments is read as is. One with
 * required arguments runs only with `withArguments` (`--call-tools`, the opt-in that lets check
 * call tools): arguments carry no schema, so check would have to guess them, and a prompt is
 * server code that may act on what it is given (issue 48: a prompt that ran its argument through
 * a shell ran check's guess "1"). With the opt-in they are filled from completions when the
 * server offers them, else "test", then "1"; a failure with guessed arguments is a warning: the
 * guess may be what is wrong.
 */
export async function probePromptsGet(
  engine: Engine,
  prompts: Item[],
  opts: { canComplete?: boolean; withArguments?: boolean } = {},
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  const messages = (r: unknown) => (Array.isArray(asRecord(r).messages) ? undefined : "the result has no messages array");
  for (const p of prompts.slice(0, EACH_MAX)) {
    const required = (Array.isArray(p.arguments) ? (p.arguments as Item[]) : [])
      .filter((a) => a.required === true)
      .map((a) => String(a.name));
    const base = {
      id: `prompt-get/${String(p.name)}`,
      title: `prompts/get ${String(p.name)}`,
      severity: required.length ? ("warning" as const) : ("error" as const),
      specUrl: `${MCP}/server/prompts#getting-a-prompt`,
    };
    if (required.length && !opts.withArguments) {
      results.push({
        ...base,
        status: "skip",
        message: `not run: it requires arguments (${required.join(", ")}) that check would have to guess; --call-tools runs it with guessed values`,
      });
      continue;
    }
    const completed: Record<string, string | undefined> = {};
    for (const a of required) completed[a] = await completionOf(engine, String(p.name), a, opts.canComplete === true);
    let result: ProbeResult | undefined;
    for (const fallback of required.length ? ["test", "1"] : [""]) {
      const args = Object.fromEntries(required.map((a) => [a, completed[a] ?? fallback]));
      result = await answered(engine, base, "prompts/get", { name: p.name, arguments: args }, messages);
      if (result.status === "pass") break;
      result = { ...result, message: `${result.message} (arguments ${JSON.stringify(args)})` };
    }
    results.push(result!);
  }
  return results;
}

/** resources/read of each listed resource. */
export async function probeResourcesRead(engine: Engine, resources: Item[]): Promise<ProbeResult[]> {
  return Promise.all(
    resources.slice(0, EACH_MAX).map((r) => {
      const base = {
        id: `resource-read/${String(r.uri)}`,
        title: `resources/read ${String(r.uri)}`,
        severity: "error" as const,
        specUrl: `${MCP}/server/resources#reading-resources`,
      };
      return answered(engine, base, "resources/read", { uri: r.uri }, (res) =>
        Array.isArray(asRecord(res).contents) ? undefined : "the result has no contents array",
      );
    }),
  );
}
