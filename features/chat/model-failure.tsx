import type { ModelFailure } from "../../lib/wire/chat";
import { shownProse } from "../../components/shown-text";

const TITLES: Record<ModelFailure["kind"], string> = {
  "no-key": "No key for this model",
  auth: "The provider refused the key",
  "rate-limit": "The provider is limiting requests",
  timeout: "The model did not answer in time",
  "bad-answer": "The model's answer could not be read",
  provider: "The provider answered with an error",
  "bad-model": "This is not a model the inspector can ask",
  stopped: "Stopped",
};

/** A model failure as the provider said it (the backend masked any key in it). */
export function ModelFailureNote({ failure }: { failure: ModelFailure }) {
  return (
    <div className="chat-failure" role="alert" data-testid="chat-failure" data-kind={failure.kind}>
      <strong>
        {TITLES[failure.kind]}
        {failure.status !== undefined && ` (HTTP ${failure.status})`}
      </strong>
      <pre className="chat-failure-text">{shownProse(failure.message)}</pre>
    </div>
  );
}
