"use client";
import type { SessionState } from "../../lib/session/state";

/**
 * Says, on every tab, when the backend answers sampling requests without asking: canned
 * sampling responses are a standing answer the person must not forget is on.
 */
export function AutoAnswerContainer({ state }: { state?: SessionState }) {
  const sampling = state?.answers.sampling;
  if (!sampling?.enabled) return null;
  return (
    <p className="canned-banner" role="status" data-testid="canned-banner">
      Canned sampling responses are ON: matching sampling requests are answered automatically ({sampling.rules.length} rule
      {sampling.rules.length === 1 ? "" : "s"}).
    </p>
  );
}
