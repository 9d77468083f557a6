/** Shown while the page's own socket to the backend is down; it reconnects by itself. */
export function SocketBanner({ problem }: { problem?: string }) {
  return (
    <div className="socket-banner" role="alert">
      Lost the connection to the inspector backend; reconnecting…{problem ? ` (${problem})` : ""}
    </div>
  );
}
