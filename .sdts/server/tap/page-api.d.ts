import type { IncomingMessage, ServerResponse } from "node:http";
import type { RecordStore } from "../record/store";
import type { SessionState } from "../../lib/session/state";
/**
 * The GET API of a tap's page (its own, or the hub's): health, state and the record, as the
 * launcher's (the page reads the same endpoints); `more` answers what only one of them has.
 * False for what it does not know (the server answers 404).
 */
export declare function tapApi(view: () => {
    state: SessionState;
    record: RecordStore;
}, health: Record<string, unknown>, more?: (path: string) => unknown): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;
