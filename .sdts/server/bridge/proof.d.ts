/**
 * The server's side of lib/wire/proof.ts, apart from security.ts (which the command line's front
 * end loads): only the page's server and a joining tap need it.
 */
/** The server's proof that it holds `token`, for the page's nonce on this port. */
export declare function proofFor(token: string, port: number, nonce: string): string;
/** The token a page's socket sends as a subprotocol (a browser's socket can send no header). */
export declare function socketTokenOf(headers: Record<string, string | string[] | undefined>): string | undefined;
