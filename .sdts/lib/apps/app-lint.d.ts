import { type AppMessage } from "./app-messages";
/** A problem with an App's traffic or its UI resource, in the vocabulary of lib/lint (rule id, severity, a sentence). */
export interface AppFinding {
    rule: string;
    severity: "error" | "warning" | "info";
    message: string;
    /** The App message it is about (its `n`), when it is about one. */
    n?: number;
}
/** More size-changed notifications than this within one second is a resize loop (an App that sizes itself to its frame). */
export declare const SIZE_FLOOD_PER_SECOND = 20;
/** The MCP Apps specification (the `io.modelcontextprotocol/ui` extension) the App rules enforce. */
export declare const APPS_SPEC = "https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx";
/** The App rules' ids, as lib/lint registers them and docs/lint-rules.md lists them. */
export declare const APP_RULE_IDS: {
    readonly initializeFirst: "apps/initialize-first";
    readonly unknownMethod: "apps/unknown-method";
    readonly hiddenToolCall: "apps/hidden-tool-call";
    readonly sizeFlood: "apps/size-flood";
    readonly resourceMissing: "apps/resource-missing";
    readonly resourceMime: "apps/resource-mime";
    readonly cspDomain: "apps/csp-domain";
    readonly cspViolation: "apps/csp-violation";
    readonly appError: "apps/app-error";
};
/** One App message as the lint needs it: which way, what, when (ms), and its place (`n`) in the App's log. */
export interface AppLintMessage {
    n: number;
    t: number;
    dir: AppMessage["dir"];
    message: unknown;
}
/**
 * The App lint over one App's messages, fed in order (O(1) state per message): handshake first,
 * known methods only, no calls to tools hidden from the App, no resize loop. `tools` is read at
 * each call, so it may grow as the server's listing arrives.
 */
export declare function appMessageChecker(tools: () => readonly {
    name: string;
    _meta?: unknown;
}[]): (m: AppLintMessage) => AppFinding[];
/** The App lint over one App's whole log (appMessageChecker over each message). */
export declare function lintAppMessages(log: readonly AppMessage[], tools: readonly {
    name: string;
    _meta?: unknown;
}[]): AppFinding[];
/** The App lint over a tool's UI resource as read: it must exist, have the App mime type, and declare only valid CSP origins. */
export declare function lintAppResource(uri: string, read: {
    result?: unknown;
    error?: string;
}): AppFinding[];
/** Request ids the App sent that never got a response: shown so a person sees what the host left unanswered. */
export declare function unansweredAppRequests(log: readonly AppMessage[]): AppMessage[];
