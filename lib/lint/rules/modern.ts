import { SPEC } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject, type JsonObject } from "../../json/shape";
import { META_KEY, TASKS_EXTENSION, answersModernRequest, envelopeOf, requestCapabilities } from "./modern-meta";

// Results of the 2026-07-28 era, judged by the request they answer (MCP 2026-07-28):
// - basic#resulttype: "The result MUST include a resultType field"; "complete" and
//   "input_required" are the core values, and extensions add theirs only when advertised via
//   capabilities ("task", the tasks extension's, only when the request declared it).
// - basic/patterns/mrtr: input_required only on tools/call, prompts/get and resources/read;
//   "Servers MUST include at least one of inputRequests or requestState"; each input request is
//   an ElicitRequest, CreateMessageRequest or ListRootsRequest, and never one the request's
//   client capabilities did not declare.
// - server/discover#discoverresult: supportedVersions and capabilities; serverInfo is a SHOULD.
//   A server that does not support the requested version MUST answer -32022 instead, so a
//   result whose supportedVersions lacks the requested version contradicts itself.
// - server/utilities/caching: "Servers MUST include caching hints on results with
//   resultType: "complete"" of the cacheable operations; "Servers MUST provide a ttlMs value
//   that is >= 0"; cacheScope is "public" or "private".

export const RESULT_TYPE: Rule = {
  id: "modern/result-type",
  severity: "error",
  specUrl: SPEC.modernResultType,
  summary:
    'Every result to a 2026-07-28 request carries `resultType`: "complete", "input_required", or "task" (only when the request declared the tasks extension).',
};
export const INPUT_REQUIRED: Rule = {
  id: "modern/input-required",
  severity: "error",
  specUrl: SPEC.modernInputRequired,
  summary:
    "An `input_required` result answers tools/call, prompts/get or resources/read; has `inputRequests` or `requestState`; each input request is elicitation/create, sampling/createMessage or roots/list, and one the request's client capabilities declared.",
};
export const DISCOVER_RESULT: Rule = {
  id: "modern/discover-result",
  severity: "error",
  specUrl: SPEC.modernDiscover,
  summary:
    "A `server/discover` result has `supportedVersions` (strings, including the version requested) and a `capabilities` object; a warning without `_meta` serverInfo (a SHOULD).",
};
export const CACHE_HINTS: Rule = {
  id: "modern/cache-hints",
  severity: "error",
  specUrl: SPEC.modernCaching,
  summary:
    'A complete result of server/discover, tools/list, prompts/list, resources/list, resources/templates/list or resources/read carries `ttlMs` (an integer >= 0) and `cacheScope` ("public" or "private").',
};

const CACHEABLE = new Set([
  "server/discover",
  "tools/list",
  "prompts/list",
  "resources/list",
  "resources/templates/list",
  "resources/read",
]);
const INPUT_REQUIRED_METHODS = new Set(["tools/call", "prompts/get", "resources/read"]);
const INPUT_METHODS: Record<string, string> = {
  "elicitation/create": "elicitation",
  "sampling/createMessage": "sampling",
  "roots/list": "roots",
};

export function modernResultsFamily(): Family {
  return {
    rules: [RESULT_TYPE, INPUT_REQUIRED, DISCOVER_RESULT, CACHE_HINTS],
    reset() {},
    message(ctx: MessageCtx) {
      const { msg } = ctx;
      if (msg.kind !== "response" || msg.isError || !isObject(msg.result) || !answersModernRequest(ctx)) return;
      const result = msg.result;
      const { method, params, seq } = ctx.answers!;
      const related = { relatedSeq: seq };
      const type = result.resultType;
      if (!("resultType" in result)) {
        ctx.flag(
          RESULT_TYPE,
          `the result of ${method} has no resultType: a 2026-07-28 result always names it ("complete" for a final result); this one reads like a 2025-11-25 result`,
          related,
        );
      } else if (type === "input_required") {
        checkInputRequired(ctx, method, params, result);
      } else if (type === "task") {
        const ext = requestCapabilities(params).extensions;
        if (!isObject(ext) || !(TASKS_EXTENSION in ext))
          ctx.flag(
            RESULT_TYPE,
            `the result of ${method} has resultType "task", but the request did not declare the ${TASKS_EXTENSION} extension in its client capabilities`,
            related,
          );
      } else if (type !== "complete") {
        ctx.flag(
          RESULT_TYPE,
          `the result of ${method} has resultType ${brief(type)}, which is not one of "complete", "input_required" or "task": a client must treat it as invalid`,
          related,
        );
      }
      if (type !== "complete") return;
      if (method === "server/discover") checkDiscover(ctx, params, result);
      if (CACHEABLE.has(method)) checkCacheHints(ctx, method, result);
    },
  };
}

function checkInputRequired(ctx: MessageCtx, method: string, params: unknown, result: JsonObject): void {
  const related = { relatedSeq: ctx.answers!.seq };
  const problems: string[] = [];
  if (!INPUT_REQUIRED_METHODS.has(method))
    problems.push(`${method} may not be answered with input_required (only tools/call, prompts/get and resources/read)`);
  const requests = result.inputRequests;
  if (requests === undefined && result.requestState === undefined) problems.push("it has neither inputRequests nor requestState");
  if (result.requestState !== undefined && typeof result.requestState !== "string")
    problems.push(`requestState is ${brief(result.requestState)}, not a string`);
  if (requests !== undefined && !isObject(requests))
    problems.push(`inputRequests is ${brief(requests)}, not an object keyed by the server's ids`);
  const caps = params === undefined ? undefined : requestCapabilities(params);
  for (const [key, req] of Object.entries(isObject(requests) ? requests : {})) {
    const m = isObject(req) ? req.method : undefined;
    if (typeof m !== "string" || !Object.hasOwn(INPUT_METHODS, m)) {
      problems.push(`inputRequests.${key} has method ${brief(m)}, not elicitation/create, sampling/createMessage or roots/list`);
      continue;
    }
    const missing = caps && missingCapability(m, isObject(req) ? req.params : undefined, caps);
    if (missing) problems.push(`inputRequests.${key} is ${m}, but the request's client capabilities do not declare ${missing}`);
  }
  if (problems.length) ctx.flag(INPUT_REQUIRED, `the input_required result of ${method} is malformed: ${problems.join("; ")}`, related);
}

/** The capability an input request needs that the request did not declare; undefined when declared. */
function missingCapability(method: string, params: unknown, caps: JsonObject): string | undefined {
  const cap = INPUT_METHODS[method];
  const declared = caps[cap];
  if (!isObject(declared)) return cap;
  if (method !== "elicitation/create") return undefined;
  // An empty elicitation object means form mode only (as in 2025-11-25).
  const mode = isObject(params) && params.mode === "url" ? "url" : "form";
  const modes = Object.keys(declared).length === 0 ? ["form"] : Object.keys(declared);
  return modes.includes(mode) ? undefined : `elicitation.${mode}`;
}

function checkDiscover(ctx: MessageCtx, params: unknown, result: JsonObject): void {
  const related = { relatedSeq: ctx.answers!.seq };
  const problems: string[] = [];
  const versions = result.supportedVersions;
  const requested = envelopeOf(params)?.[META_KEY.protocolVersion];
  if (!Array.isArray(versions) || versions.some((v) => typeof v !== "string")) {
    problems.push(`supportedVersions is ${brief(versions)}, not an array of version strings`);
  } else if (typeof requested === "string" && !versions.includes(requested)) {
    problems.push(
      `supportedVersions ${brief(versions)} does not include ${requested}, the version the request was made in (a server that does not support it answers -32022)`,
    );
  }
  if (!isObject(result.capabilities)) problems.push(`capabilities is ${brief(result.capabilities)}, not an object`);
  if (result.instructions !== undefined && typeof result.instructions !== "string")
    problems.push(`instructions is ${brief(result.instructions)}, not a string`);
  if (problems.length) {
    ctx.flag(DISCOVER_RESULT, `the server/discover result is malformed: ${problems.join("; ")}`, related);
    return;
  }
  const meta = isObject(result._meta) ? result._meta : {};
  if (!isObject(meta[META_KEY.serverInfo]))
    ctx.flag(DISCOVER_RESULT, `the server/discover result has no _meta ${META_KEY.serverInfo}: servers should name themselves there`, {
      ...related,
      severity: "warning",
    });
}

function checkCacheHints(ctx: MessageCtx, method: string, result: JsonObject): void {
  const problems: string[] = [];
  const ttl = result.ttlMs;
  if (ttl === undefined) problems.push("no ttlMs");
  else if (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < 0) problems.push(`ttlMs ${brief(ttl)} is not an integer >= 0`);
  const scope = result.cacheScope;
  if (scope === undefined) problems.push("no cacheScope");
  else if (scope !== "public" && scope !== "private") problems.push(`cacheScope ${brief(scope)} is not "public" or "private"`);
  if (problems.length)
    ctx.flag(CACHE_HINTS, `the complete result of ${method} lacks its caching hints: ${problems.join(", ")}`, {
      relatedSeq: ctx.answers!.seq,
    });
}
