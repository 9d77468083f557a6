import type { ListChangedListen } from "../../lib/session/state";
import type { RequestHandle, RequestOptions } from "./requests";
export interface ListChangedListenerOptions {
    request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
    changed(): void;
}
/**
 * In the 2026-07-28 era a server sends list_changed only on a listen stream that asked for it:
 * one stays open for the connection, for the lists whose capability declares `listChanged`, so
 * the lists refresh as in 2025 (the page invalidates them on those notifications). Opened once;
 * if the server ends it, it stays ended until the next connection.
 */
export declare class ListChangedListener {
    private readonly opts;
    private current?;
    private closed;
    constructor(opts: ListChangedListenerOptions);
    state(): ListChangedListen | undefined;
    open(serverCapabilities: Record<string, unknown> | undefined): void;
    /** An acknowledgment for `id`: true when it was this listen's. */
    acknowledged(id: unknown): boolean;
    close(): void;
    private set;
}
