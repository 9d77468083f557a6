import type { Entry, MessageEntry } from "../record/format";
import type { JsonObject } from "../json/shape";
import type { Severity } from "./finding";

/** A lint rule's identity: what the docs list and every finding of it carries. */
export interface Rule {
  id: string;
  severity: Severity;
  specUrl: string;
  /** One line: what the rule checks. */
  summary: string;
}

/** A frame sorted by JSON-RPC shape; only the parts later rules read. */
export type Classified =
  | { kind: "request"; id: unknown; idValid: boolean; method: string; params: unknown }
  | { kind: "notification"; method: string; params: unknown }
  | { kind: "response"; id: unknown; idValid: boolean; result?: unknown; error?: unknown; isError: boolean }
  | { kind: "batch" }
  | { kind: "invalid" };

/** What one connection negotiated, as far as the record has shown it so far. */
export interface Session {
  clientCapabilities?: JsonObject;
  serverCapabilities?: JsonObject;
  requestedVersion?: string;
  /** The version in the initialize result (the negotiated one). */
  protocolVersion?: string;
  /** The server has answered initialize with a result. */
  initializeAnswered: boolean;
  /** The client has sent notifications/initialized. */
  initialized: boolean;
  /**
   * The protocol era, as far as the record shows: "modern" from a `server/discover` request or a
   * request carrying the 2026-07-28 `_meta` envelope on, "legacy" again after an initialize result.
   * Undefined until either is seen (a 2025 session before its initialize is answered).
   */
  era?: "legacy" | "modern";
}

/** The request a response answers, as the linter paired it. */
export interface Answered {
  seq: number;
  method: string;
  /** The request's params; undefined when only the record's own pairing was available. */
  params: unknown;
}

export interface ReportOptions {
  /** A more precise spec section than the rule's own (e.g. the step of a flow that failed). */
  specUrl?: string;
  relatedSeq?: number;
  /** Override the rule's severity for this finding (e.g. batches under an older protocol). */
  severity?: Severity;
}

export type Report = (rule: Rule, seq: number, message: string, opts?: ReportOptions) => void;

export interface MessageCtx {
  entry: MessageEntry;
  msg: Classified;
  session: Session;
  /** For responses: the request answered. Set by the pairing family, which runs first. */
  answers?: Answered;
  /** Findings already reported for this entry, by rule id (lets a catch-all stay quiet). */
  reported: Set<string>;
  /** Schema issue paths another family reports better; the schema family skips them. */
  coveredPaths: Array<(path: readonly PropertyKey[], ctx: MessageCtx) => boolean>;
  flag(rule: Rule, message: string, opts?: ReportOptions): void;
}

/**
 * One family of rules with its own per-connection state. The linter calls `message` for
 * every message entry in family order, `other` for the other entries, and `end` when a
 * connection ends (next "connecting" entry, or finish()).
 */
export interface Family {
  rules: readonly Rule[];
  /**
   * The family judges a message's body (params, result, error), not only its envelope: it does
   * not see a frame whose body the record cut (server/record/cut.ts), which holds a marker.
   */
  readsBody?: boolean;
  message?(ctx: MessageCtx): void;
  other?(entry: Exclude<Entry, MessageEntry>, report: Report, session: Session): void;
  end?(report: Report, session: Session): void;
  /** Forget everything about the connection that ended. */
  reset(): void;
}

/** Short JSON for messages: long values are cut so a finding stays one line. */
export function brief(v: unknown, max = 60): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
