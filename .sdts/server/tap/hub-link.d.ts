import type { RecordStore } from "../record/store";
import type { HubFile } from "./hub-dir";
import type { TapSession } from "./tap-view";
export interface HubLinkOptions {
    file: HubFile;
    key: string;
    server: string;
    session: TapSession;
    record: RecordStore;
}
export interface HubLink {
    /** The page, with a one-time launch code, opening on this tap's session. */
    launchUrl: string;
    hubPid: number;
    /** Settles when the link is gone (the hub left, or `close`). */
    closed: Promise<void>;
    close(): void;
}
/**
 * Join the hub the hub file names (issue 65): a WebSocket on its /ws with the page's token, the
 * secret in the first frame. Then this tap's record goes to the hub as it is made (from where it
 * left off, paused while the hub is slow: the record on this side is what forwarding fed, so
 * nothing here is on the forwarding path), its state with each change, and the page's restart
 * and save come back for this session. Rejects in words when the hub is not there or refuses.
 */
export declare function joinHub(o: HubLinkOptions): Promise<HubLink>;
/**
 * Whether the server on `port` proves it holds `token` (lib/wire/proof.ts) before anything of
 * ours is sent to it. False when nothing answers, or something else does.
 */
export declare function portProves(port: number, token: string): Promise<boolean>;
