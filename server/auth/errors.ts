import type { AuthStep } from "../../lib/auth/steps";
import { asRecord } from "../../lib/json/shape";

const LABEL: Record<AuthStep, string> = {
  challenge: "the server's challenge",
  "resource-metadata": "protected resource metadata",
  "authorization-server-metadata": "authorization server metadata",
  registration: "client registration",
  authorization: "authorization",
  callback: "the authorization callback",
  token: "the token request",
  refresh: "the token refresh",
  "step-up": "scope step-up",
};

/**
 * Authorization could not be done, at a named step. `code` is "auth-required" so a shell can
 * tell it from other connection failures (the CLI exits 3 on it).
 */
export class AuthFlowError extends Error {
  readonly code = "auth-required";
  constructor(
    readonly step: AuthStep,
    readonly detail: string,
    readonly spec?: string,
  ) {
    super(`OAuth, ${LABEL[step]}: ${detail}`);
    this.name = "AuthFlowError";
  }
}

/** A callback whose state is not this flow's: refused, while the flow keeps waiting for the right one. */
export class StateMismatchError extends AuthFlowError {}

export const isAuthFlowError = (e: unknown): e is AuthFlowError => e instanceof AuthFlowError;

/** A fetch failure in words a person can act on ("connect ECONNREFUSED 127.0.0.1:9"), not "fetch failed". */
export function networkReason(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  if (e.name === "TimeoutError" || e.name === "AbortError") return "no answer in time";
  const cause = asRecord(e).cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return e.message;
}
