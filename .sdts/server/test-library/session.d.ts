import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { SessionState } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { CallToolOptions, CompleteResult, GetPromptResult, Prompt, ReadResourceResult, Resource, ResourceTemplate, Tool, Finding, LogMessage, McpSession, Negotiated, Notification, RecordEntry, RequestOptions, ResourceSubscription, Root, SaveSessionOptions, Severity, ToolResult } from "./types";
export interface SessionParts {
    engine: Engine;
    record: RecordStore;
    target: Target;
    state: SessionState;
    requestMs: number;
    /** Undo what connect set up beside the engine (the answer loop, an OAuth callback server). */
    release(): void;
    /** The engine is someone else's (the page's, an agent's connection): close() leaves it open. */
    borrowed?: boolean;
}
/**
 * One connection under test, over the engine: every call goes through the engine's one owner of
 * requests (so it is recorded and paired like the page's), every entry through the live lint.
 */
export declare class HarnessSession implements McpSession {
    private readonly p;
    readonly negotiated: Negotiated;
    private readonly inbox;
    private readonly unsubscribe;
    private toolsKnown;
    /** The tool names of the last full listing: an error for a name not in it is an unknown tool. */
    private listedTools?;
    /** The server said its tools changed since that listing (notifications/tools/list_changed). */
    private toolsStale;
    /** Aborted by close(): waits end with it. */
    private readonly ended;
    private closed?;
    private readonly lint;
    constructor(p: SessionParts);
    get serverInfo(): Negotiated["serverInfo"];
    listTools(o?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        nextCursor?: string | undefined;
        tools: Tool[];
    }>;
    callTool(name: string, args?: Record<string, unknown>, o?: CallToolOptions): Promise<ToolResult>;
    listResources(o?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        nextCursor?: string | undefined;
        resources: Resource[];
    }>;
    listResourceTemplates(o?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        nextCursor?: string | undefined;
        resourceTemplates: ResourceTemplate[];
    }>;
    readResource(uri: string, o?: RequestOptions): Promise<ReadResourceResult>;
    subscribe(uri: string): Promise<ResourceSubscription>;
    listPrompts(o?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        nextCursor?: string | undefined;
        prompts: Prompt[];
    }>;
    getPrompt(name: string, args?: Record<string, string>, o?: RequestOptions): Promise<GetPromptResult>;
    complete(ref: {
        type: "ref/prompt";
        name: string;
    } | {
        type: "ref/resource";
        uri: string;
    }, argument: {
        name: string;
        value: string;
    }, context?: {
        arguments?: Record<string, string>;
    }): Promise<CompleteResult>;
    setLogLevel(level: string): Promise<void>;
    ping(): Promise<void>;
    request(method: string, params?: Record<string, unknown>, o?: RequestOptions): Promise<Record<string, unknown>>;
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    setRoots(roots: Root[]): Promise<void>;
    waitForNotification(method: string, predicate?: (n: Notification) => boolean, o?: {
        timeout?: number;
    }): Promise<Notification>;
    notifications(method?: string): Notification[];
    logs(): LogMessage[];
    stderr(): string[];
    findings(o?: {
        severity?: Severity;
    }): Finding[];
    record(): RecordEntry[];
    saveSession(file: string, o?: SaveSessionOptions): Promise<string>;
    close(): Promise<void>;
    [Symbol.asyncDispose](): Promise<void>;
    /**
     * `p`, settled once the lint has what it needs for every entry so far (./live-lint.ts): a
     * test reads findings() right after a call resolves, and they must all be there.
     */
    private lintedAfter;
    private see;
    /**
     * One request; its result as sent. A typed method's result is checked against the SDK's schema
     * for it first: the session never hands a test a shape the server did not send (`request()`
     * gives anything on as it came).
     */
    private send;
    private pages;
    /** The first call lists the tools once (unless a listing already ran), so each result meets its tool's outputSchema. */
    private learnToolSchemas;
    /**
     * The tool list to judge a failed call by: the one the session holds, listed again when the
     * server said it changed since (a tool added since the listing is no unknown tool). Undefined
     * when no listing is known: then nothing is called unknown.
     */
    private currentTools;
    private failed;
}
