import type { PageHandler } from "../bridge/http-server";
/** Where the page asks for the sandbox's address (public: a port number, no session data). */
export declare const SANDBOX_INFO_PATH = "/apps/sandbox.json";
/**
 * The host name the page reaches the sandbox by: another *site* than the page's whenever the page
 * is on a loopback name, so the browser runs the sandbox proxy in another process (site isolation)
 * and a flooding App's messages cost the proxy's main thread, not the page's (issue 50: on the same
 * site, 50,000 notifications kept the page busy in 70-120 ms tasks for seconds). A page on
 * 127.0.0.1 or [::1] frames `localhost`; a page on localhost frames the loopback address it was
 * served from (the sandbox listens where the page does); any other name keeps its own.
 */
export declare function sandboxHostFor(pageHost: string, localAddress: string | undefined): string;
/** The page's CSP with the sandbox origin (same host name as the page, the sandbox's port) allowed as a frame. */
export declare function withFrameSource(csp: string, frameOrigin: string): string;
/**
 * The page's files plus what MCP Apps need of them: the page may frame the sandbox origin
 * (nothing else changes in its policy), and it learns the sandbox's host name and port at SANDBOX_INFO_PATH.
 */
export declare function withAppSandbox(pages: PageHandler, sandboxPort: () => number): PageHandler;
