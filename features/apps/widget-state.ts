/**
 * ChatGPT's widget state, kept by the host per App (one tool run's widget), for the page's life:
 * `window.openai.setWidgetState` puts it here, and every later render of that App (Reload App, a
 * new profile, a remount) starts with it, as ChatGPT restores a widget's state when it re-renders
 * a message. A new run of the tool is a new widget, with none.
 */
const states = new Map<string, unknown>();
/** A bound, counted: the oldest App's state goes first. */
const MAX_APPS = 200;

export const widgetStates = {
  get: (app: string): unknown => states.get(app),
  set(app: string, state: unknown): void {
    states.delete(app);
    states.set(app, state);
    if (states.size > MAX_APPS) states.delete(states.keys().next().value as string);
  },
};
