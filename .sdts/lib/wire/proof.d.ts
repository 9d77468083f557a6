/**
 * A server proves it holds the page's token before the page sends it (issue 75): the page asks
 * GET PROOF_PATH?nonce=N (no token) and the server answers HMAC-SHA256(token, proofMessage(port,
 * nonce)), hex. The port is the server's own: a server on another port (the hub that moved) proves
 * nothing for this one, so a squatter of the old port cannot relay a proof from the real server.
 */
export declare const PROOF_PATH = "/api/proof";
/** The shortest nonce a server answers (hex): the page sends 32 random bytes. */
export declare const MIN_NONCE_LENGTH = 32;
export declare function proofMessage(port: number, nonce: string): string;
/**
 * The WebSocket subprotocol the page asks for, and the one that carries its token (a browser's
 * socket can send no Authorization, and a token in the URL is kept in logs and histories).
 */
export declare const WS_PROTOCOL = "mcp-inspector";
export declare const WS_TOKEN_PREFIX = "mcp-inspector.token.";
/** The subprotocols a page's socket sends: ours, and the token (base64url: a subprotocol is an HTTP token). */
export declare function wsProtocols(token: string, encode: (text: string) => string): string[];
