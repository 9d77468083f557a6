import { useArmed } from "./use-armed";

/** What an App's ui/request-display-mode asks, waiting for the person: fullscreen and pip take a click in the host's own UI. */
export interface DisplayModeAsk {
  mode: "fullscreen" | "pip";
  answer(allow: boolean): void;
}

/**
 * The host's prompt for a display mode an App asked for. An App cannot click it: it is drawn by
 * the page, outside the App's frame, and nothing is granted until the person presses Allow (which
 * waits a moment after the prompt appears: useArmed).
 */
export function DisplayModeConfirm({ ask, app, server }: { ask: DisplayModeAsk; app: string; server: string }) {
  const what = ask.mode === "pip" ? "picture-in-picture" : "fullscreen";
  const armed = useArmed();
  return (
    <div className="app-link-confirm" role="alertdialog" aria-label={`The App asks for ${what}`}>
      <p>
        App <strong>{app}</strong> of server <strong>{server}</strong> asks for {what}.
      </p>
      <button type="button" className="btn-small" disabled={!armed} onClick={() => ask.answer(true)}>
        Allow
      </button>{" "}
      <button type="button" className="btn-small" disabled={!armed} onClick={() => ask.answer(false)}>
        Deny
      </button>
    </div>
  );
}
