import http, { type IncomingMessage, type ServerResponse } from "node:http";
export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
export interface InspectorServerOptions {
    host: string;
    port: number;
    token: string;
    /** Host names allowed in the Host header beyond loopback (when bound to another interface). */
    extraHostnames?: string[];
    /** Serves the page (its static files); only called for requests that passed every check. */
    pages: PageHandler;
    /** Authenticated /api/* routes; return false for "not mine" (404). */
    api: ApiHandler;
    /**
     * GET /oauth/callback: where an authorization server sends the person back after a login. No
     * token (the redirect cannot carry it); the login's random state is what makes it the person's.
     */
    oauthCallback?: (url: URL) => Promise<{
        ok: boolean;
        message: string;
    }>;
    /** The uid that owns a connection's client end (Linux; tests inject one): another user's callback is refused. */
    peerUid?: (req: IncomingMessage) => number | undefined;
    /** Called with each authenticated WebSocket. */
    onSocket: (ws: import("ws").WebSocket) => void;
    /** Largest WebSocket frame accepted from a page. */
    maxFrameBytes?: number;
    /** ws starts loading once this settles (default: once the server listens); a socket that comes sooner loads it at once. */
    loadSocketsAfter?: Promise<unknown>;
}
export declare const WS_PATH = "/ws";
export declare const OAUTH_CALLBACK_PATH = "/oauth/callback";
/**
 * One HTTP server for the page, the API and the WebSocket. Every request must name a loopback
 * host and, when a browser names an Origin, come from this server's own origin; /api/* and the
 * WebSocket also need the launch token. The page's files do not: they are the package's public
 * files and hold no session data, and a shared session link must open read-only in a browser
 * that never had the token (the recording travels in the URL fragment; nothing can run without
 * the socket). Refusals spawn nothing.
 */
export declare function createInspectorServer(opts: InspectorServerOptions): http.Server;
