"use client";
import type { ElicitationPolicy } from "../../lib/answers/schema";

const LABELS: Record<ElicitationPolicy, string> = {
  ask: "Ask me (the request waits here)",
  "accept-defaults": "Accept with the schema's defaults",
  decline: "Decline",
  cancel: "Cancel",
};

/** How elicitation/create requests are answered: by the person, or at once by the backend. */
export function ElicitationPolicySelect({ policy, onChange }: { policy: ElicitationPolicy; onChange(next: ElicitationPolicy): void }) {
  return (
    <label className="elicitation-policy">
      When the server asks for input (elicitation){" "}
      <select value={policy} onChange={(e) => onChange(e.target.value as ElicitationPolicy)} data-testid="elicitation-policy">
        {(Object.keys(LABELS) as ElicitationPolicy[]).map((p) => (
          <option key={p} value={p}>
            {LABELS[p]}
          </option>
        ))}
      </select>
      {policy !== "ask" && <span className="badge badge-warn">answered without asking</span>}
    </label>
  );
}
