import type { Entry } from "./format";
import type { AuthEvent } from "../auth/steps";
import { clipJson } from "../text/big-text";
import { idOf, isErrorResponse, isNotification, isRequest, isResponse, methodOf, resultObject } from "../protocol/jsonrpc";
import { appHintOf, appIdLabelOf, appIsAlarming, appLabelOf, appMethodKeyOf, appSearchTextOf } from "./app-entry-facts";
import { asRecord, isObject, objectOr } from "../json/shape";
import { modelEventLabel } from "../model/label";

/**
 * An HTTP transport row that carries nothing a person acts on: a priming event, an event with no
 * data, a 202 "accepted", an SSE housekeeping event. The timeline folds these into the request
 * they follow (issue 92: every request added "a priming event: no data"); a failure never is.
 */
export function isHttpHousekeeping(e: Entry): boolean {
  return e.kind === "http" && e.http.status < 400 && !e.reason.startsWith("not ");
}

/** What a timeline row is, for filtering and styling. */
export const ENTRY_KINDS = ["request", "response", "error", "notification", "stderr", "lifecycle", "app", "other"] as const;
export type EntryKindKey = (typeof ENTRY_KINDS)[number];

export function kindOf(e: Entry): EntryKindKey {
  switch (e.kind) {
    case "message":
      if (isRequest(e.message)) return "request";
      if (isNotification(e.message)) return "notification";
      if (isErrorResponse(e.message)) return "error";
      if (isResponse(e.message)) return "response";
      return "other";
    case "stderr":
      return "stderr";
    case "lifecycle":
      return "lifecycle";
    case "app":
      return "app";
    default:
      return "other";
  }
}

/** The method a row is about: its own, or for a response the method of its request. */
export function methodKeyOf(e: Entry): string | undefined {
  if (e.kind === "app") return appMethodKeyOf(e);
  if (e.kind !== "message") return undefined;
  return methodOf(e.message) ?? e.pair?.method;
}

/** A row's label: labelOf, cut at `n` characters (a stderr line can be megabytes). */
export function shortLabelOf(e: Entry, n = 300): string {
  return clip(labelOf(e), n);
}

/** One-line label: the method, "response to <method>", or the text of a non-message entry. */
export function labelOf(e: Entry): string {
  switch (e.kind) {
    case "message": {
      const m = methodOf(e.message);
      if (m) return m;
      const k = kindOf(e);
      if (e.pair) return `${k === "error" ? "error response" : "response"} to ${e.pair.method}`;
      return k === "error" ? "error response" : k === "response" ? "response" : e.undelivered ? `invalid: ${e.undelivered}` : "message";
    }
    case "stderr":
      return e.text;
    case "stdout-noise":
      return `stdout noise: ${e.text}`;
    case "http":
      return `HTTP ${e.http.method} ${e.http.status}${e.http.eventId !== undefined ? ` event ${e.http.eventId}` : ""}: ${e.reason}`;
    case "auth":
      return authLabel(e.auth);
    case "lifecycle":
      return e.text;
    case "dropped":
      return e.text;
    case "app":
      return appLabelOf(e);
    case "model":
      return modelEventLabel(e.model);
  }
}

/** A short hint after the label: the tool a call names, a log line, progress… (untrusted text, shown as text). */
export function hintOf(e: Entry): string {
  if (e.kind === "app") return appHintOf(e);
  if (e.kind !== "message") return "";
  const m = e.message;
  if (!isObject(m)) return "";
  const p = asRecord(m.params);
  switch (m.method) {
    case "tools/call":
    case "prompts/get":
      return typeof p.name === "string" ? p.name : "";
    case "resources/read":
    case "resources/subscribe":
    case "notifications/resources/updated":
      return typeof p.uri === "string" ? p.uri : "";
    case "notifications/message":
      // Clipped before it is stringified: a row's hint must not cost the size of the data.
      return `${typeof p.level === "string" ? p.level : ""}: ${clip(typeof p.data === "string" ? p.data : JSON.stringify(clipJson(p.data, { maxString: 130, maxItems: 20, maxNodes: 60 }).value))}`;
    case "notifications/progress":
      return `${String(p.progress)}${p.total !== undefined ? `/${String(p.total)}` : ""}${typeof p.message === "string" ? ` ${clip(p.message)}` : ""}`;
    case "notifications/cancelled":
      return typeof p.reason === "string" ? clip(p.reason) : "";
  }
  if (e.pair?.method === "tools/call" && asRecord(m.result).isError === true) return "isError";
  if ("error" in m) {
    const err = objectOr(m.error);
    return err ? `${String(err.code)} ${clip(String(err.message))}` : "";
  }
  return "";
}

function clip(s: string | undefined, n = 120): string {
  if (!s) return "";
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function idLabelOf(e: Entry): string {
  if (e.kind === "app") return appIdLabelOf(e);
  if (e.kind !== "message") return "";
  const id = idOf(e.message);
  return id === undefined ? "" : String(id);
}

/** Rows that must stand out: JSON-RPC errors, failures of the target, and what it wrote to stderr. */
export function isAlarming(e: Entry): boolean {
  if (e.kind === "message") return kindOf(e) === "error" || e.undelivered !== undefined || isToolError(e.message);
  if (e.kind === "lifecycle")
    return (
      e.event === "connect-failed" ||
      e.event === "transport-error" ||
      (e.event === "exited" && e.code !== 0 && e.code !== null && e.code !== undefined)
    );
  if (e.kind === "http") return e.http.status >= 400 || e.reason.startsWith("not ");
  if (e.kind === "app") return appIsAlarming(e);
  if (e.kind === "auth")
    return (e.auth.type === "problem" && e.auth.severity === "error") || (e.auth.type === "outcome" && e.auth.outcome === "failed");
  return e.kind === "stdout-noise" || e.kind === "dropped";
}

function isToolError(m: unknown): boolean {
  return resultObject(m)?.isError === true;
}

/** Lower-cased text a full-text search looks in. */
export function searchTextOf(e: Entry): string {
  switch (e.kind) {
    case "message":
      return (e.raw ?? JSON.stringify(e.message) ?? "").toLowerCase();
    case "stdout-noise":
    case "http":
      return `${e.text} ${e.reason}`.toLowerCase();
    case "auth":
      return `${authLabel(e.auth)} ${JSON.stringify(e.auth)}`.toLowerCase();
    case "app":
      return appSearchTextOf(e);
    case "model":
      return `${modelEventLabel(e.model)} ${JSON.stringify(e.model)}`.toLowerCase();
    default:
      return e.text.toLowerCase();
  }
}

/** The JSON a detail view shows: the message itself, or the whole entry for the rest. */
export function detailJsonOf(e: Entry): string {
  return JSON.stringify(e.kind === "message" ? e.message : e, null, 2);
}

export function formatTime(t: number): string {
  const d = new Date(t);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function formatMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** One line for an authorization step: "OAuth token: POST https://as/token → 200", "OAuth registration: chose …". */
export function authLabel(a: AuthEvent): string {
  switch (a.type) {
    case "exchange":
      return `OAuth ${a.step}: ${a.request.method} ${a.request.url} → ${a.response ? a.response.status : (a.error ?? "no response")}`;
    case "decision":
      return `OAuth ${a.step}: ${a.chose}`;
    case "problem":
      return `OAuth ${a.step} ${a.severity}: ${a.message}`;
    case "outcome":
      return `OAuth ${a.outcome}${a.message ? `: ${a.message}` : ""}`;
  }
}
