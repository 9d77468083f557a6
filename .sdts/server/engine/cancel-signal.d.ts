/**
 * What a request reads of a signal that ends it (server/engine/requests.ts): an AbortSignal fits,
 * and so does a CancelSignal.
 */
export interface RequestSignal {
    readonly aborted: boolean;
    readonly reason: unknown;
    addEventListener(type: "abort", listener: () => void, options?: {
        once?: boolean;
    }): void;
    removeEventListener(type: "abort", listener: () => void): void;
}
/**
 * A signal and its abort in one small object, for the page's commands (server/bridge/ws-bridge.ts):
 * each request it sends can be cancelled by id, and almost none is. An AbortController per command,
 * with its EventTarget listener and removal, was about 3% of the backend's CPU per call in bench
 * figure 1 (`node bench/profile.mjs 1`). Listeners run once, in the order added, as an
 * AbortSignal's `once` listeners do.
 */
export declare class CancelSignal implements RequestSignal {
    aborted: boolean;
    reason: unknown;
    private listeners;
    addEventListener(_type: "abort", listener: () => void): void;
    removeEventListener(_type: "abort", listener: () => void): void;
    /** Abort with `reason`: each listener runs once; a second abort does nothing. */
    abort(reason: unknown): void;
}
