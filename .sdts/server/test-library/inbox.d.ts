import type { Entry } from "../../lib/record/format";
import type { Notification } from "./types";
/**
 * The server's notifications as the record received them, and waits on them. A wait takes the
 * first matching notification no earlier wait took, one that already came included: a test that
 * calls a tool and then waits for its notification never misses one that beat the wait.
 */
export declare class NotificationInbox {
    private readonly all;
    private readonly taken;
    private readonly waiters;
    /** Feed every record entry; only the server's notifications are kept. */
    push(e: Entry): void;
    list(method?: string): Notification[];
    /**
     * The first untaken notification `match` accepts, waiting at most `timeoutMs` for it (no limit
     * when Infinity); an aborted `signal` ends the wait as "cancelled".
     */
    take(call: string, match: (n: Notification) => boolean, timeoutMs: number, why: () => string, signal?: AbortSignal): Promise<Notification>;
    /** What came meanwhile, for a timed-out wait's message: "notifications/message ×3, …" or "no notification at all". */
    summary(): string;
    private claim;
}
