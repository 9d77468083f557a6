import type { Entry } from "../../lib/record/format";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord, isObject, objectOr } from "../../lib/json/shape";

export type HandledOutcome = "answered" | "rejected" | "timed-out" | "error" | "unanswered";

export interface HandledRow {
  seq: number;
  method: string;
  outcome: HandledOutcome;
  /** A short summary: the error message, or what was answered. */
  detail: string;
  responseSeq?: number;
  /** Answered by the coding agent attached to this session (the reply row says `by: "agent"`), not the person. */
  by?: "agent";
}

/**
 * How a server->client request ended, from the response the inspector sent for it (if any):
 * RequestTimeout is the backend's answer when nobody answered in time, Rejected a person's rejection.
 */
export function classifyHandled(seq: number, method: string, response: Entry | undefined): HandledRow {
  if (!response || response.kind !== "message")
    return { seq, method, outcome: "unanswered", detail: "no answer was sent (the connection ended or the server cancelled it)" };
  const m = asRecord(response.message);
  const by = response.by === "agent" ? { by: "agent" as const } : {};
  const error = objectOr(m.error);
  if (error) {
    const code = typeof error.code === "number" ? error.code : NaN;
    const msg = typeof error.message === "string" ? error.message : "";
    const outcome: HandledOutcome =
      code === RpcErrorCode.RequestTimeout ? "timed-out" : code === RpcErrorCode.Rejected ? "rejected" : "error";
    return { seq, method, outcome, detail: `${code} ${msg}`, responseSeq: response.seq, ...by };
  }
  return { seq, method, outcome: "answered", detail: summarize(method, asRecord(m.result)), responseSeq: response.seq, ...by };
}

function summarize(method: string, r: Record<string, unknown>): string {
  if (isObject(r.task)) return `task created (${String(r.task.taskId)})`;
  if (method === "roots/list") return `${Array.isArray(r.roots) ? r.roots.length : 0} root(s)`;
  if (method === "elicitation/create") return `action: ${String(r.action)}`;
  if (method === "sampling/createMessage") {
    const c = objectOr(r.content);
    const text = c && c.type === "text" && typeof c.text === "string" ? `: ${c.text.slice(0, 80)}` : "";
    return `${String(r.model ?? "")}${text}`;
  }
  return "answered";
}
