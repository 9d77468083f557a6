import type { FrameLocator } from "@playwright/test";
import type { ConnectOptions, TargetInput } from "../test-library/types";
/** How the fixture connects to the server: the era and time limits of connect(). */
export type McpAppConnectOptions = Pick<ConnectOptions, "protocolEra" | "timeouts">;
/** The fixture's options, set with `test.use({ mcpServer: … })` at the top of a file or in a describe. */
export interface McpAppOptions {
    /** The server under test, in any form connect() takes: a command, a URL, a config entry, an SDK server object. */
    mcpServer: TargetInput | undefined;
    mcpConnect: McpAppConnectOptions;
}
/** An inspector's backend the fixture started (the page, its App sandbox origin, the engine), connected to one server. */
export interface McpInspector {
    /** The page's URL, with its token. */
    readonly pageUrl: string;
}
/**
 * The backends of one worker, one per server: the first test that uses a server starts it and
 * its backend, the tests after it share them (the server keeps its state between tests), and
 * all of them stop when the worker does.
 */
export interface McpInspectorPool {
    get(server: TargetInput, connect?: McpAppConnectOptions): Promise<McpInspector>;
}
/** One message between the App and the inspector as its host, as the page's tap saw it on the postMessage channel. */
export interface AppMessage {
    dir: "app->host" | "host->app";
    /** The JSON-RPC method (a request or a notification); absent on a response. */
    method?: string;
    /** The JSON-RPC id (a request or a response). */
    id?: string | number;
    params?: Record<string, unknown>;
    /** The message as posted; absent when it was too big for the record. */
    message?: unknown;
}
/** A request the App made of its host (`tools/call`, `ui/message`, `ui/open-link`, …), with the host's answer once it came. */
export interface AppRequest {
    method: string;
    id: string | number;
    params: Record<string, unknown>;
    /** The host's answer; undefined while it is pending (an open link the test has not answered). */
    response?: {
        result?: Record<string, unknown>;
        error?: {
            code: number;
            message: string;
            data?: unknown;
        };
    };
}
/** A Content-Security-Policy violation the App's frame reported (its `securitypolicyviolation` event). */
export interface AppCspViolation {
    directive: string;
    blockedUri: string;
    sourceFile?: string;
    line?: number;
    disposition?: string;
}
/** The result the host handed the App (`ui/notifications/tool-result`): the tool's own result. */
export interface AppToolResult {
    content?: unknown[];
    structuredContent?: Record<string, unknown>;
    isError?: boolean;
    [key: string]: unknown;
}
/** One rendered App: its frame to drive with locators, and what it asked of the host so far. */
export interface McpApp {
    readonly tool: string;
    /** Names this rendering of the App in the record (its `app` entries' appId). */
    readonly appId: string;
    /** The App's own document, inside the sandbox proxy frame: drive it with Playwright's locators. */
    readonly frame: FrameLocator;
    /** What the host handed the App as the tool's result; undefined when the call failed (the App got tool-cancelled). */
    readonly toolResult: AppToolResult | undefined;
    /** Every message both ways, oldest first. */
    messages(): AppMessage[];
    /** The App's requests to the host, of one method or all. */
    requests(method?: string): AppRequest[];
    /** The App's notifications to the host, of one method or all. */
    notifications(method?: string): AppMessage[];
    /** Each size the App reported (`ui/notifications/size-changed`), oldest first. */
    sizeChanges(): {
        width?: number;
        height?: number;
    }[];
    cspViolations(): AppCspViolation[];
    /**
     * Answer the App's pending `ui/open-link` as the person would: open it, or refuse (the App gets
     * isError). Waits for the page's prompt (its buttons hold still a moment after it appears) and
     * resolves once the prompt is gone.
     */
    answerLink(open: boolean): Promise<void>;
}
/** The `mcpApp` fixture: runs an App tool in the inspector's page and renders its UI there. */
export interface McpAppFixture {
    /**
     * Run `tool` with `args` through the page (as a person would from the Apps tab) and resolve
     * once its App has initialized and been handed the result, with its pane scrolled so the App's
     * top is at the pane's top (or as near as the pane scrolls). A tool with no App, or an App that
     * does not get there in `timeout` ms (default 20 000), rejects with McpHarnessError naming why.
     */
    open(tool: string, args?: Record<string, unknown>, options?: {
        timeout?: number;
    }): Promise<McpApp>;
}
