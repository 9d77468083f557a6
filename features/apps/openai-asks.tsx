import { inertJson, visible } from "../../lib/text/visible";
import { useArmed } from "./use-armed";

/**
 * A ChatGPT-only action of a widget (window.openai), which has no meaning outside ChatGPT: the
 * person sees it, and the host answers as ChatGPT answers in test mode (features/apps/use-app-handlers.ts).
 * A checkout waits for the person (Pay in test mode, or Cancel). (A modal is the widget again: app-modal.tsx.)
 */
export interface OpenAiAsk {
  n: number;
  kind: "checkout";
  params: Record<string, unknown>;
  answer(ok: boolean): void;
}

/** What a widget did that ChatGPT would show or keep: an upload, an "open in app" URL. */
export interface OpenAiNotice {
  n: number;
  text: string;
}

const json = (v: unknown) => inertJson(JSON.stringify(v, null, 2) ?? "null");

export function OpenAiAskPrompt({ ask }: { ask: OpenAiAsk }) {
  const armed = useArmed();
  return (
    <div className="app-link-confirm" role="alertdialog" aria-label="The App asks for a checkout" data-testid="openai-checkout">
      <p>
        The App asks ChatGPT for a checkout. <strong>Test mode</strong>: no one is charged; Pay answers as ChatGPT answers a test-mode
        payment.
      </p>
      <pre>{json(ask.params)}</pre>
      <button type="button" className="btn-small" disabled={!armed} onClick={() => ask.answer(true)}>
        Pay (test mode)
      </button>{" "}
      <button type="button" className="btn-small" disabled={!armed} onClick={() => ask.answer(false)}>
        Cancel
      </button>
    </div>
  );
}

export function OpenAiNotices({ notices }: { notices: readonly OpenAiNotice[] }) {
  if (!notices.length) return null;
  return (
    <section className="app-asks" aria-label="What the App did in ChatGPT">
      <h4>ChatGPT actions (test mode)</h4>
      <ul>
        {notices.map((x) => (
          <li key={x.n} data-testid="openai-notice">
            {visible(x.text)}
          </li>
        ))}
      </ul>
    </section>
  );
}
