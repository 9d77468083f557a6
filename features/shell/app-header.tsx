import { useEffect, useRef } from "react";
import type { SessionState } from "../../lib/session/state";
import type { ConnectionSnapshot } from "../../client/connection";
import { StatusBadge } from "./status-badge";
import { objectOr } from "../../lib/json/shape";
import { ServerText } from "../../components/server-text";

export interface AppHeaderProps {
  state?: SessionState;
  socket: ConnectionSnapshot;
  /** The header's own controls (share, theme), always in sight. */
  children?: React.ReactNode;
}

/** Title bar: what we are connected to and how that connection is doing, always visible. */
export function AppHeader({ state, socket, children }: AppHeaderProps) {
  const header = useHeaderHeight();
  const info = objectOr(state?.negotiated?.serverInfo);
  const name = typeof info?.title === "string" ? info.title : typeof info?.name === "string" ? info.name : undefined;
  const showServer = name && state?.status === "connected" && socket.socket !== "reconnecting";
  return (
    <header className="app-header" ref={header}>
      <span className="brand">MCP Inspector</span>
      <StatusBadge status={state?.status} backendLost={socket.socket === "reconnecting"} />
      {showServer ? (
        <span className="header-server" data-testid="header-server">
          <ServerText text={name} />
          {typeof info?.version === "string" && (
            <span className="muted">
              {" "}
              <ServerText text={info.version} />
            </span>
          )}
          {state.negotiated && (
            <>
              {" "}
              <span className="muted header-protocol" data-testid="header-protocol">
                · protocol <ServerText text={state.negotiated.protocolVersion} />
              </span>
            </>
          )}
        </span>
      ) : (
        // Until the backend says its state, the server's row is held (narrow screens only, where it
        // is a row of its own): a launcher with a target is connected by then, and the row arriving
        // after the first paint moved everything below the sticky header under a click on its way.
        state === undefined && <span className="header-server header-server-pending" aria-hidden="true" />
      )}
      <span className="header-spacer" />
      <span className="header-actions">
        {children}
        {socket.inspectorVersion && (
          <span className="muted small header-version" data-testid="header-version" title="the inspector's version">
            {/* Narrow, "v0.1.0": with the word it took a row of the sticky header to itself at 420 px. */}
            <span className="header-version-word">inspector </span>
            {socket.inspectorVersion}
          </span>
        )}
      </span>
    </header>
  );
}

/**
 * The header's height as `--app-header-height` on the document: on a narrow screen the header is
 * sticky over a page that scrolls as a whole, so what is scrolled into view (an App, a form) stops
 * below it (html's scroll-padding-top, app/globals.css). It wraps to more rows at 420 px.
 */
function useHeaderHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const seen = new ResizeObserver(() => root.style.setProperty("--app-header-height", `${el.offsetHeight}px`));
    seen.observe(el);
    return () => seen.disconnect();
  }, []);
  return ref;
}
