import type { IncomingMessage, ServerResponse } from "node:http";
import { VERSION } from "../paths";
import type { RecordStore } from "../record/store";
import { RECORD_FORMAT_VERSION } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";

/**
 * The GET API of a tap's page (its own, or the hub's): health, state and the record, as the
 * launcher's (the page reads the same endpoints); `more` answers what only one of them has.
 * False for what it does not know (the server answers 404).
 */
export function tapApi(
  view: () => { state: SessionState; record: RecordStore },
  health: Record<string, unknown>,
  more?: (path: string) => unknown,
): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  return (req, res, url) => {
    if (req.method !== "GET") return false;
    const { state, record } = view();
    let body: unknown;
    if (url.pathname === "/api/health") body = { ok: true, version: VERSION, status: state.status, tap: true, ...health };
    else if (url.pathname === "/api/state") body = state;
    else if (url.pathname === "/api/record")
      body = {
        format: "mcp-inspector-record",
        version: RECORD_FORMAT_VERSION,
        entries: record.since(Number(url.searchParams.get("since") ?? 0)),
      };
    else body = more?.(url.pathname);
    if (body === undefined) return false;
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify(body));
    return true;
  };
}
