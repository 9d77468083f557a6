import { AUTH_STEPS, type AuthEvent, type AuthOutcome, type AuthStep } from "../../lib/auth/steps";
import type { AuthEntry } from "../../lib/record/format";

/** One event of the flow where it sits in the record. */
export interface AuthItem {
  seq: number;
  t: number;
  event: AuthEvent;
}

/** The events of one step, in the order they happened. */
export interface AuthStepGroup {
  step: AuthStep;
  items: AuthItem[];
  /** The worst problem at this step, if any. */
  worst?: "error" | "warning";
}

/** One run of the flow: from its first event to its outcome (or to now, while it is running). */
export interface AuthRun {
  firstSeq: number;
  steps: AuthStepGroup[];
  outcome?: AuthOutcome;
}

/** Words for each step, in the order of lib/auth/steps AUTH_STEPS. */
export const STEP_TITLES: Record<AuthStep, string> = {
  challenge: "Challenge (401 / 403)",
  "resource-metadata": "Protected resource metadata",
  "authorization-server-metadata": "Authorization server metadata",
  registration: "Client registration",
  authorization: "Authorization request",
  callback: "Callback",
  token: "Token",
  refresh: "Refresh",
  "step-up": "Scope step-up",
};

/**
 * The record's auth entries as runs of the flow: a run ends at its outcome (authorized,
 * refreshed, forgotten, failed), so a reconnect, a refresh or a second login is a run of its
 * own. Within a run the events are grouped by step in AUTH_STEPS order, each group in record order.
 */
export function authRuns(entries: readonly AuthEntry[]): AuthRun[] {
  const runs: AuthRun[] = [];
  let items: AuthItem[] = [];
  const close = (outcome?: AuthOutcome) => {
    if (items.length) runs.push({ firstSeq: items[0].seq, steps: groupBySteps(items), outcome });
    items = [];
  };
  for (const e of entries) {
    items.push({ seq: e.seq, t: e.t, event: e.auth });
    if (e.auth.type === "outcome") close(e.auth);
  }
  close();
  return runs;
}

function groupBySteps(items: AuthItem[]): AuthStepGroup[] {
  const by = new Map<AuthStep, AuthItem[]>();
  for (const it of items) {
    const list = by.get(it.event.step);
    if (list) list.push(it);
    else by.set(it.event.step, [it]);
  }
  return AUTH_STEPS.filter((s) => by.has(s)).map((step) => {
    const list = by.get(step)!;
    // A flow that failed at this step is an error there even when no problem event came first.
    const problems = list.flatMap((i) =>
      i.event.type === "problem" ? [i.event.severity] : i.event.type === "outcome" && i.event.outcome === "failed" ? ["error"] : [],
    );
    return { step, items: list, worst: problems.includes("error") ? "error" : problems.length ? "warning" : undefined };
  });
}

/** An http(s) URL to link to, or undefined: anything else a server sent is shown as text only. */
export function linkable(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Headers as "name: value" lines, in the order given. */
export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}

/** "in 59 min", "expired 3 min ago", from an expiry in epoch milliseconds. */
export function expiryText(expiresAt: number, now: number): string {
  const mins = Math.round((expiresAt - now) / 60_000);
  if (mins >= 0) return mins < 1 ? "in under a minute" : mins < 120 ? `in ${mins} min` : `in ${Math.round(mins / 60)} h`;
  return -mins < 120 ? `expired ${-mins} min ago` : `expired ${Math.round(-mins / 60)} h ago`;
}

/** A short name for a spec link: "RFC 9728 §3", "MCP 2025-11-25 #scope-selection-strategy", else the host. */
export function specLabel(href: string): string {
  const u = new URL(href);
  const rfc = /\/rfc(\d+)/.exec(u.pathname);
  if (rfc) return `RFC ${rfc[1]}${u.hash.startsWith("#section-") ? ` §${u.hash.slice("#section-".length)}` : ""}`;
  const mcp = /\/specification\/([\w-]+)\//.exec(u.pathname);
  if (u.host === "modelcontextprotocol.io" && mcp) return `MCP ${mcp[1]}${u.hash ? ` ${u.hash}` : ""}`;
  return u.host;
}
