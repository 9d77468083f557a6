import type { ConnectError } from "../../lib/session/state";
/** The exit codes a failed connection gives in every headless command (the official CLI's EXIT_CODES). */
export declare const CONNECT_EXIT: {
    readonly failed: 1;
    readonly authRequired: 3;
    readonly unreachable: 4;
};
/** The server wants authorization: an OAuth challenge, or a plain 401/403 to the first request. */
export declare function isUnauthorized(error: Pick<ConnectError, "kind" | "httpStatus"> | undefined): boolean;
/**
 * The exit code of a connection that failed, the same in `--cli`, `--cli --load` and `check`:
 * 3 authorization required (as the official); 4 the server never came up (not found, exited at
 * start, refused, no answer in time: the official gives 4 to the network errors and 1 to the
 * first two, a divergence the README names); 1 anything the server said, an HTTP 500 to
 * `initialize` included: it was reached, and its answer is its failure, as the official's
 * classifier has it (a status that is not 401/403 is a plain error).
 */
export declare function connectExitCode(error: Pick<ConnectError, "kind" | "httpStatus"> | undefined): number;
