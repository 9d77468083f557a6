import type { AuthStep } from "../../lib/auth/steps";
import type { AuthEntry } from "../../lib/record/format";

/** Each step of MCP authorization in a sentence ("failed at client registration"). */
const STEP_WORDS: Record<AuthStep, string> = {
  challenge: "the server's challenge (401)",
  "resource-metadata": "protected resource metadata",
  "authorization-server-metadata": "authorization server metadata",
  registration: "client registration",
  authorization: "the authorization request",
  callback: "the callback",
  token: "the token request",
  refresh: "the token refresh",
  "step-up": "the scope step-up",
};

/**
 * The heading of an `auth-required` failure: a login that waits for the person, or the step the
 * last run of the flow failed at (from the record's auth entries), so "registration failed" is
 * not shown as "log in".
 */
export function authFailureTitle(entries: readonly AuthEntry[], loginWaiting: boolean): string {
  if (loginWaiting) return "The server wants you to log in";
  const step = failedStep(entries);
  return step ? `Authorization failed at ${STEP_WORDS[step]}` : "Authorization failed";
}

/** The step where the latest run of the flow ended in failure; undefined when it did not fail. */
export function failedStep(entries: readonly AuthEntry[]): AuthStep | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i].auth;
    if (e.type === "outcome") return e.outcome === "failed" ? e.step : undefined;
  }
  return undefined;
}
