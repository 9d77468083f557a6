import { REQUEST_METHODS } from "../../lib/protocol/methods";
import { stepKind, stepName, type Step } from "../../lib/collections/format";
import type { CollectionStepView } from "../../lib/wire/collections";
import { asRecord, isObject } from "../../lib/json/shape";

/** Requests that belong to the connection itself, not to a test of the server: never saved as steps. */
const NOT_A_STEP = new Set(["initialize", "server/discover"]);

/**
 * The step a recorded request becomes, in the file's shorthand where there is one (`tool:` +
 * `arguments:`, `resource:`, `prompt:`), so the file reads as a person would write it. `_meta` is
 * left out: it carries this session's progress tokens, not what the test is about.
 */
export function stepFromRequest(message: unknown, name?: string): Step {
  if (!isObject(message) || typeof message.method !== "string" || message.id === undefined)
    throw new Error("only a request the client sent can be saved as a step");
  const method = message.method;
  if (NOT_A_STEP.has(method)) throw new Error(`${method} is part of connecting, not a step: save a request made after it`);
  // One round's state of a 2026-07-28 request that asked for input is not part of the call.
  const { _meta: _dropped, requestState: _state, inputResponses: _inputs, ...params } = asRecord(message.params);
  const named = name?.trim() ? { name: name.trim() } : {};
  if (method === "tools/call" && typeof params.name === "string")
    return { ...named, tool: params.name, ...(isObject(params.arguments) ? { arguments: params.arguments } : {}) };
  if (method === "resources/read" && typeof params.uri === "string") return { ...named, resource: params.uri };
  if (method === "prompts/get" && typeof params.name === "string")
    return { ...named, prompt: params.name, ...(isObject(params.arguments) ? { arguments: params.arguments } : {}) };
  return {
    ...named,
    method,
    ...(Object.keys(params).length ? { params } : {}),
    ...(REQUEST_METHODS.includes(method) ? {} : { custom: true }),
  };
}

/** A step as the page shows it: the method it sends and its params in full, shorthands resolved. */
export function stepView(step: Step, index: number): CollectionStepView {
  const kind = stepKind(step);
  const base = { index, name: stepName(step, index), expect: step.expect ?? [] };
  switch (kind) {
    case "tool":
      return { ...base, method: "tools/call", params: { name: step.tool, arguments: step.arguments ?? {} } };
    case "resource":
      return { ...base, method: "resources/read", params: { uri: step.resource } };
    case "prompt":
      return { ...base, method: "prompts/get", params: { name: step.prompt, ...(step.arguments ? { arguments: step.arguments } : {}) } };
    case "ask": {
      // An eval runs from the command line with --model; the page shows what it asks and expects.
      const { name: _n, ask, skip: _s, timeoutMs: _t, answer: _a, ...judged } = step;
      return { ...base, method: "ask", params: { ask, ...judged } };
    }
    case "notification": {
      const n = step.notification;
      return { ...base, method: typeof n === "string" ? n : (n?.method ?? ""), params: typeof n === "object" ? (n.params ?? {}) : {} };
    }
    default:
      return { ...base, method: step.method ?? "", params: step.params ?? {} };
  }
}

/**
 * The step's keys that carry what the raw editor shows as params (a step keeps its shorthand):
 * `{ name, arguments }` of a tools/call edits the tool and its arguments.
 */
export function paramsToStepKeys(step: Step, params: Record<string, unknown>): Partial<Step> {
  const kind = stepKind(step);
  const text = (k: string) => {
    const v = params[k];
    if (typeof v !== "string" || !v) throw new Error(`params.${k} must be a non-empty string for a ${kind} step`);
    return v;
  };
  const args = (): Record<string, unknown> | undefined => {
    if (params.arguments === undefined) return undefined;
    if (!isObject(params.arguments)) throw new Error("params.arguments must be an object");
    return params.arguments;
  };
  if (kind === "tool") return { tool: text("name"), arguments: args() ?? {} };
  if (kind === "resource") return { resource: text("uri") };
  if (kind === "prompt") return { prompt: text("name"), arguments: args() };
  if (kind === "notification") throw new Error("a notification wait has no params to edit here: edit the file");
  if (kind === "ask") throw new Error("an ask step (an eval) is edited in the file and run with inspector test --model");
  return { params };
}
