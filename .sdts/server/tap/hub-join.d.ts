import { type HubJoin } from "../../lib/wire/hub";
import type { RemoteSession } from "./hub-remote";
/** The refusal of a join whose secret is not the hub's (the hub's log says so too). */
export declare const WRONG_SECRET = "wrong hub secret";
/**
 * A tap's first frame on the hub's socket, checked: the secret first (nothing else of a frame
 * without it is read), then the join's shape, then the versions (a tap of another version keeps
 * a page of its own: the page and the link must match).
 */
export declare function checkJoin(text: string, secret: string, version: string): {
    ok: true;
    join: HubJoin;
} | {
    ok: false;
    reason: string;
};
/** A joined tap's frame, into its session's copy: entries, state, a reply to the page's command. */
export declare function applyTapFrame(remote: RemoteSession, text: string): void;
