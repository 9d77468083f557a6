import { versionAtLeast, SPEC } from "../spec";
import { brief, type Classified, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";

// JSON-RPC 2.0 shape, as MCP profiles it (2025-11-25 basic/#messages): every message carries
// jsonrpc "2.0"; request ids are strings or integers and never null; a response has exactly
// one of result and error; error codes are integers; batches were removed in 2025-06-18.

export const VERSION: Rule = {
  id: "jsonrpc/version",
  severity: "error",
  specUrl: SPEC.mcpMessages,
  summary: 'Every message carries `"jsonrpc": "2.0"`.',
};
export const ID_TYPE: Rule = {
  id: "jsonrpc/id-type",
  severity: "error",
  specUrl: SPEC.mcpRequests,
  summary:
    "Request and result ids are strings or integers (not fractional, not null); only an error response may have a null or absent id.",
};
export const RESULT_XOR_ERROR: Rule = {
  id: "jsonrpc/result-xor-error",
  severity: "error",
  specUrl: SPEC.jsonrpcResponse,
  summary: "A response has exactly one of `result` and `error`.",
};
export const ERROR_CODE: Rule = {
  id: "jsonrpc/error-code",
  severity: "error",
  specUrl: SPEC.jsonrpcError,
  summary: "An error's `code` is an integer.",
};
export const ERROR_SHAPE: Rule = {
  id: "jsonrpc/error-shape",
  severity: "error",
  specUrl: SPEC.jsonrpcError,
  summary: "`error` is an object with a string `message`.",
};
export const BATCH: Rule = {
  id: "jsonrpc/batch",
  severity: "error",
  specUrl: SPEC.jsonrpcBatch,
  summary: "No JSON-RPC batches: removed in protocol 2025-06-18 (a warning when an older version was negotiated).",
};
export const INVALID_MESSAGE: Rule = {
  id: "jsonrpc/invalid-message",
  severity: "error",
  specUrl: SPEC.mcpMessages,
  summary: "The frame is a JSON object that is a request, a notification or a response; `method` is a string; `params` is an object.",
};
export const UNDELIVERED: Rule = {
  id: "jsonrpc/undelivered",
  severity: "warning",
  specUrl: SPEC.mcpMessages,
  summary:
    "Catch-all: the engine did not deliver the frame (the SDK rejects it) for a reason no other jsonrpc rule names, e.g. an extra top-level member.",
};

export const BODY_CUT: Rule = {
  id: "jsonrpc/body-cut",
  severity: "info",
  specUrl: SPEC.mcpMessages,
  summary:
    "The frame's body was past the record's bound for one frame (24 MiB) or the session file's: it was cut, its size and SHA-256 kept, and only its envelope judged.",
};

const RULES = [VERSION, ID_TYPE, RESULT_XOR_ERROR, ERROR_CODE, ERROR_SHAPE, BATCH, INVALID_MESSAGE, UNDELIVERED, BODY_CUT];

function isValidId(id: unknown): boolean {
  return typeof id === "string" || (typeof id === "number" && Number.isInteger(id));
}

/** Sort a parsed frame by JSON-RPC shape, without judging it. */
export function classify(m: unknown): Classified {
  if (Array.isArray(m)) return { kind: "batch" };
  if (!isObject(m)) return { kind: "invalid" };
  if ("method" in m) {
    if (typeof m.method !== "string") return { kind: "invalid" };
    if ("id" in m) return { kind: "request", id: m.id, idValid: isValidId(m.id), method: m.method, params: m.params };
    return { kind: "notification", method: m.method, params: m.params };
  }
  if ("result" in m || "error" in m || "id" in m) {
    return {
      kind: "response",
      id: m.id,
      idValid: isValidId(m.id),
      result: m.result,
      error: m.error,
      isError: "error" in m && !("result" in m),
    };
  }
  return { kind: "invalid" };
}

export function jsonrpcFamily(): Family {
  return {
    rules: RULES,
    reset() {},
    message(ctx: MessageCtx) {
      const { msg, entry } = ctx;
      const m = entry.message;
      if (msg.kind === "batch") {
        const old = !versionAtLeast(ctx.session.protocolVersion, "2025-06-18");
        ctx.flag(
          BATCH,
          `a JSON-RPC batch of ${Array.isArray(m) ? m.length : 0} message(s): batches were removed in protocol 2025-06-18${old ? " (allowed by the negotiated version, but this engine does not process them)" : ""}`,
          old ? { severity: "warning" } : undefined,
        );
        return;
      }
      if (msg.kind === "invalid") {
        const what = !isObject(m)
          ? `a JSON ${m === null ? "null" : typeof m}, not an object`
          : "method" in m
            ? `"method" is ${brief(m.method)}, not a string`
            : "an object with no method, result, error or id";
        ctx.flag(INVALID_MESSAGE, `not a JSON-RPC message: ${what}`);
        return;
      }
      const o = m as Record<string, unknown>;
      if (o.jsonrpc !== "2.0")
        ctx.flag(VERSION, `"jsonrpc" is ${o.jsonrpc === undefined ? "missing" : brief(o.jsonrpc)}; it must be the string "2.0"`);
      if (msg.kind === "request") {
        if (!msg.idValid)
          ctx.flag(ID_TYPE, `request id ${brief(msg.id)} is not a string or an integer${msg.id === null ? " (MCP forbids null ids)" : ""}`);
      } else if (msg.kind === "response") {
        checkResponse(ctx, o, msg);
      }
      if ((msg.kind === "request" || msg.kind === "notification") && "params" in o && !isObject(o.params)) {
        ctx.flag(INVALID_MESSAGE, `"params" is ${brief(o.params)}; MCP params are always an object (named parameters)`);
      }
      if (entry.cut) {
        const where = entry.cut.by === "record" ? "the record's bound for one frame" : "the session file's bound";
        ctx.flag(
          BODY_CUT,
          `its ${entry.cut.field} (${entry.size.toLocaleString("en-US")} bytes in all) was past ${where}: cut, ${entry.cut.sha256} kept; its schema was not judged`,
        );
      }
      if (entry.undelivered && ![...ctx.reported].some((r) => r.startsWith("jsonrpc/"))) {
        ctx.flag(UNDELIVERED, `the SDK would reject this frame, so it was not delivered: ${entry.undelivered}`);
      }
    },
  };
}

function checkResponse(ctx: MessageCtx, o: Record<string, unknown>, msg: Extract<Classified, { kind: "response" }>): void {
  const related = ctx.answers ? { relatedSeq: ctx.answers.seq } : undefined;
  const flag = (rule: Rule, message: string) => ctx.flag(rule, message, related);
  const hasResult = "result" in o;
  const hasError = "error" in o;
  if (hasResult === hasError) {
    flag(
      RESULT_XOR_ERROR,
      hasResult ? "the response has both result and error" : `the response (id ${brief(o.id)}) has neither result nor error`,
    );
  }
  // JSON-RPC: the id is null when the request's id could not be read, which only an error
  // response can say; MCP's schema also lets an error response omit it.
  const idOk = msg.idValid || (hasError && !hasResult && (o.id === null || !("id" in o)));
  if (!idOk)
    flag(
      ID_TYPE,
      `response id ${"id" in o ? brief(o.id) : "is missing and"} is not a string or an integer${o.id === null ? " (null is allowed only in an error response)" : ""}`,
    );
  if (!hasError) return;
  const e = o.error;
  if (!isObject(e)) {
    flag(ERROR_SHAPE, `"error" is ${brief(e)}, not an object with code and message`);
    return;
  }
  if (typeof e.code !== "number" || !Number.isInteger(e.code))
    flag(ERROR_CODE, `error code ${"code" in e ? brief(e.code) : "is missing and"} is not an integer`);
  if (typeof e.message !== "string")
    flag(ERROR_SHAPE, `error "message" is ${"message" in e ? brief(e.message) : "missing"}; it must be a string`);
}
