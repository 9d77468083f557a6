"use client";
import { useState } from "react";
import type { ModelFailure } from "../../lib/wire/chat";
import { useSession } from "../../client/session-context";
import { useModelsInfo } from "../../client/use-chat";
import { ModelFailureNote } from "./model-failure";

export interface ModelAnswer {
  text: string;
  model: string;
  stopReason?: string;
}

/**
 * "Ask the model" beside the manual answer of a waiting sampling request: the model's answer
 * fills the form, where the person reads and edits it; nothing is sent until they approve.
 */
export function AskModelButton({ pendingId, onAnswer }: { pendingId: string; onAnswer(a: ModelAnswer): void }) {
  const session = useSession();
  const info = useModelsInfo();
  const [chosen, setChosen] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ModelFailure>();
  const model = chosen ?? info.data?.models[0] ?? "";
  const ask = () => {
    setBusy(true);
    setFailure(undefined);
    session
      .command({ type: "sampling-ask", pendingId, model: model.trim() })
      .then(
        (r) =>
          r.ok ? onAnswer({ text: r.text, model: r.model, ...(r.stopReason ? { stopReason: r.stopReason } : {}) }) : setFailure(r.error),
        (e: unknown) => setFailure({ kind: "provider", message: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="ask-model" data-testid="ask-model">
      <div className="button-row">
        <label className="field">
          {/* Not "Model": the answer form beside it has the field for the model the answer names. */}
          <span>Ask with model</span>
          <input
            value={model}
            onChange={(e) => setChosen(e.target.value)}
            placeholder="provider:model-id"
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <button type="button" className="btn-small" disabled={busy || !model.trim()} onClick={ask}>
          {busy ? "Asking the model…" : "Ask the model"}
        </button>
      </div>
      {failure && <ModelFailureNote failure={failure} />}
    </div>
  );
}
