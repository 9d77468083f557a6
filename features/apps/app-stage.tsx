import type { ReactNode } from "react";

export interface AppStageProps {
  mode: string;
  theme: string;
  app: string;
  server: string;
  /** The host's prompts, drawn over the App's frame. */
  prompts?: ReactNode;
  /** Set when the emulated width is wider than the column: the App is shown scaled, and the stage says so. */
  overflow?: { width: number; column: number; scale: number };
  /** Said in the stage above the App: why its CSP refused what it loads, or that it runs relaxed. */
  notice?: ReactNode;
  onInline(): void;
  children: ReactNode;
}

/**
 * Where the App is: its frame at the container's width, with the host's own bar in fullscreen and
 * pip (drawn by the page outside the App's iframe, so the App cannot cover or fake it), and a line
 * saying so when the App is shown scaled down to a narrower column.
 */
export function AppStage({ mode, theme, app, server, prompts, overflow, notice, onInline, children }: AppStageProps) {
  return (
    <div className={`app-stage app-mode-${mode}`} data-theme={theme} data-testid="app-stage">
      {mode !== "inline" && (
        <div className="app-host-bar" data-testid="app-host-bar">
          <span>
            App <strong>{app}</strong> of server <strong>{server}</strong>, {mode === "pip" ? "picture-in-picture" : mode} (drawn by the
            App; this bar is the inspector&apos;s)
          </span>
          <button type="button" className="btn-small app-exit-mode" onClick={onInline}>
            Back to inline
          </button>
        </div>
      )}
      {overflow && (
        <p className="app-overflow" role="note" data-testid="app-overflow">
          The emulated width, {overflow.width} px, is wider than this column ({overflow.column} px): the App is shown at{" "}
          {Math.round(overflow.scale * 100)} % of its size. Tick &ldquo;Fit column&rdquo; to give it the column&apos;s width.
        </p>
      )}
      {notice}
      {prompts && <div className="app-prompts">{prompts}</div>}
      {children}
    </div>
  );
}
