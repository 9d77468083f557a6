/**
 * The test library's public types: what `import … from "mcp-inspector-harness"` gives. Written
 * out by hand, on purpose: they are the contract (docs/testing.md), they name nothing of the SDK
 * or zod (the bundled `.d.ts` must stand alone), and test/test-library/public-types.test.ts checks that
 * what the engine really produces still fits them.
 */
/** A server run as a command over stdio, as `npx inspector <command> <args…>` runs it. */
export interface StdioTargetInput {
    command: string;
    args?: string[];
    /** Added to the SDK's default environment (HOME, PATH, …); nothing else of yours is inherited. */
    env?: Record<string, string>;
    /** Names of variables whose values are copied from this process's environment (the CLI's --pass-env). */
    passEnv?: string[];
    cwd?: string;
}
/** A server reached over HTTP: Streamable HTTP by default, or the legacy HTTP+SSE transport. */
export interface HttpTargetInput {
    url: string | URL;
    headers?: Record<string, string>;
    transport?: "http" | "sse";
}
/** A server named in an `mcpServers` config file (the CLI's --config and --server). */
export interface ConfigTargetInput {
    config: string;
    /** Which entry; may be left out when the file has one server. */
    server?: string;
}
/**
 * A server object built with the MCP SDK in this process (`McpServer` or `Server`, SDK v1 or v2):
 * connected through an in-memory pair, no process, same recording and lint.
 */
export interface InProcessServer {
    connect(transport: never): Promise<void>;
}
export type TargetInput = StdioTargetInput | HttpTargetInput | ConfigTargetInput | InProcessServer | {
    inProcess: InProcessServer;
};
/** Which protocol era to speak (the CLI's --protocol-era): auto asks 2025-11-25 first and moves to 2026-07-28 when refused. */
export type ProtocolEra = "auto" | "legacy" | "modern";
export interface Root {
    uri: string;
    name?: string;
}
/** A canned sampling answer, as the CLI's --sampling rules: the first rule whose `match` is in the request's text answers. */
export interface SamplingRule {
    /** Case-insensitive substring of the request's text, or a regular expression written /like this/flags. */
    match: string;
    text: string;
    model?: string;
}
/** What the server asked, handed to your function; return the result to send (or throw to answer with an error). */
export interface ServerRequest {
    method: string;
    params: Record<string, unknown>;
}
export type ServerRequestHandler = (request: ServerRequest) => unknown;
/** How the session answers the server's own requests. A capability is offered only when it has an answer. */
export interface Answers {
    /** sampling/createMessage: a function returning the CreateMessageResult, or canned rules. */
    sampling?: ServerRequestHandler | SamplingRule[];
    /** elicitation/create: a function returning the ElicitResult, or a fixed policy. */
    elicitation?: ServerRequestHandler | "accept-defaults" | "decline" | "cancel";
    /** roots/list is answered from this list (change it later with `session.setRoots`). */
    roots?: Root[];
}
/** MCP authorization for an HTTP target (docs/oauth.md). Default off: a 401 is an error. */
export interface AuthOptions {
    mode?: "auto" | "client-credentials" | "off";
    clientId?: string;
    clientSecret?: string;
    scope?: string;
    /** Sent as a bearer token, no flow. */
    accessToken?: string;
}
export interface ConnectOptions {
    protocolEra?: ProtocolEra;
    answers?: Answers;
    auth?: AuthOptions;
    timeouts?: {
        /** The handshake (initialize or server/discover); default 10 000 ms. */
        connectMs?: number;
        /** Each request unless its call says otherwise; default 30 000 ms. */
        requestMs?: number;
        /** How long a server's request waits for an answer; default 30 000 ms. */
        serverRequestMs?: number;
    };
    /** Offer the tasks capability (the server may run calls as tasks) and the MCP Apps extension. */
    capabilities?: {
        tasks?: boolean;
        apps?: boolean;
    };
    /** The clientInfo sent in the handshake; default `mcp-inspector-harness` and its version. */
    clientInfo?: {
        name: string;
        version: string;
    };
    /** Names the session in recordings of failed tests (default: the current test's name, when known). */
    name?: string;
}
export interface RequestOptions {
    /** Time limit of this call in ms (default the session's requestMs). */
    timeout?: number;
    signal?: AbortSignal;
    /**
     * Each notifications/progress for this call. Giving it sends a progress token; without it none
     * is sent, as the SDK's client sends none without `onprogress`.
     */
    onProgress?: (progress: {
        progress: number;
        total?: number;
        message?: string;
    }) => void;
}
export interface CallToolOptions extends RequestOptions {
    /** Sent as the request's `_meta`. */
    meta?: Record<string, unknown>;
    /** Ask the server to run the call as a task; the session follows the task to its result. */
    task?: boolean | {
        ttl?: number;
    };
}
/** The verdict on a result's structuredContent against the tool's own outputSchema. */
export interface OutputSchemaVerdict {
    valid: boolean;
    errors: Array<{
        path: string;
        message: string;
    }>;
}
export type ContentBlock = {
    type: "text";
    text: string;
    _meta?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
} | {
    type: "image" | "audio";
    data: string;
    mimeType: string;
    _meta?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
} | {
    type: "resource_link";
    uri: string;
    name: string;
    mimeType?: string;
    [key: string]: unknown;
} | {
    type: "resource";
    resource: ResourceContents;
    [key: string]: unknown;
};
/** A tools/call result as the server sent it, with what the inspector found out about it. */
export interface ToolResult {
    tool: string;
    content: ContentBlock[];
    structuredContent?: Record<string, unknown>;
    /** `false` when the server left it out. */
    isError: boolean;
    /** The result's _meta without the keys MCP reserves (`io.modelcontextprotocol/…`, 2026-07-28's envelope); absent when nothing else is left. */
    _meta?: Record<string, unknown>;
    /** The result object exactly as sent (era fields included). */
    raw: Record<string, unknown>;
    /**
     * The verdict against the tool's outputSchema: valid only for a success whose structuredContent
     * fits (an isError result is never valid). null when the tool declares no outputSchema (or the
     * server was never asked for its tools).
     */
    outputSchema: OutputSchemaVerdict | null;
    /** Request to response, in ms. */
    latencyMs: number;
}
export interface Tool {
    name: string;
    title?: string;
    description?: string;
    inputSchema: Record<string, unknown>;
    outputSchema?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
    _meta?: Record<string, unknown>;
    [key: string]: unknown;
}
export interface Resource {
    uri: string;
    name: string;
    title?: string;
    description?: string;
    mimeType?: string;
    [key: string]: unknown;
}
export interface ResourceTemplate {
    uriTemplate: string;
    name: string;
    title?: string;
    description?: string;
    mimeType?: string;
    [key: string]: unknown;
}
export type ResourceContents = {
    uri: string;
    mimeType?: string;
    text: string;
    _meta?: Record<string, unknown>;
} | {
    uri: string;
    mimeType?: string;
    blob: string;
    _meta?: Record<string, unknown>;
};
export interface Prompt {
    name: string;
    title?: string;
    description?: string;
    arguments?: Array<{
        name: string;
        description?: string;
        required?: boolean;
    }>;
    [key: string]: unknown;
}
export interface ReadResourceResult {
    contents: ResourceContents[];
    _meta?: Record<string, unknown>;
    [key: string]: unknown;
}
export interface GetPromptResult {
    description?: string;
    messages: PromptMessage[];
    _meta?: Record<string, unknown>;
    [key: string]: unknown;
}
export interface CompleteResult {
    values: string[];
    total?: number;
    hasMore?: boolean;
}
export interface PromptMessage {
    role: "user" | "assistant";
    content: ContentBlock;
}
/** A notification the server sent. */
export interface Notification {
    method: string;
    params: Record<string, unknown>;
}
/** A notifications/message the server sent (logging). */
export interface LogMessage {
    level: string;
    logger?: string;
    data: unknown;
}
export type Severity = "error" | "warning" | "info";
/** One problem the protocol lint found (docs/lint-rules.md). */
export interface Finding {
    /** "<family>/<name>", e.g. "jsonrpc/version". */
    rule: string;
    severity: Severity;
    message: string;
    /** The record entry it marks. */
    seq: number;
    relatedSeq?: number;
    specUrl: string;
}
/**
 * One entry of the record (docs/record-format.md): every frame in both directions exactly as
 * sent, what the target printed, and what happened to it. Fields beyond these are in the doc.
 */
export type RecordEntry = {
    seq: number;
    t: number;
    kind: "message";
    dir: "client->server" | "server->client";
    message: unknown;
    raw?: string;
    size: number;
    pair?: {
        seq: number;
        method: string;
        latencyMs: number;
    };
    undelivered?: string;
    http?: {
        method: string;
        status: number;
        [key: string]: unknown;
    };
} | {
    seq: number;
    t: number;
    kind: "stderr";
    text: string;
} | {
    seq: number;
    t: number;
    kind: "stdout-noise";
    text: string;
    reason: string;
    size: number;
} | {
    seq: number;
    t: number;
    kind: "http";
    text: string;
    reason: string;
    size: number;
    http: {
        method: string;
        status: number;
    };
} | {
    seq: number;
    t: number;
    kind: "auth";
    auth: {
        step: string;
        [key: string]: unknown;
    };
} | {
    seq: number;
    t: number;
    kind: "lifecycle";
    event: string;
    text: string;
    pid?: number;
    code?: number | null;
    signal?: string | null;
} | {
    seq: number;
    t: number;
    kind: "dropped";
    count: number;
    bytes: number;
    text: string;
} | {
    seq: number;
    t: number;
    kind: "app";
    dir: "app->host" | "host->app";
    appId: string;
    tool: string;
    message?: unknown;
    size: number;
} | {
    seq: number;
    t: number;
    kind: "model";
    model: {
        type: string;
        [key: string]: unknown;
    };
};
/** A subscription to one resource's updates (2025: resources/subscribe; 2026-07-28: a subscriptions/listen held open). */
export interface ResourceSubscription extends AsyncIterable<Notification> {
    readonly uri: string;
    /** notifications/resources/updated received for this URI so far. */
    readonly updates: number;
    /** The next update not yet taken (one that already came counts), or an McpHarnessError "timeout". */
    nextUpdate(options?: {
        timeout?: number;
    }): Promise<Notification>;
    unsubscribe(): Promise<void>;
    [Symbol.asyncDispose](): Promise<void>;
}
/** What the handshake settled. */
export interface Negotiated {
    era: "legacy" | "modern";
    protocolVersion: string;
    serverInfo: {
        name: string;
        version: string;
        [key: string]: unknown;
    };
    serverCapabilities: Record<string, unknown>;
    clientCapabilities: Record<string, unknown>;
    instructions?: string;
}
export interface SaveSessionOptions {
    /** More values to take out, beyond the secrets the redaction finds by itself (env and header values, tokens). */
    redact?: string[];
}
/** One connection to a server under test. Every frame is recorded and linted as it passes. */
export interface McpSession {
    readonly negotiated: Negotiated;
    readonly serverInfo: Negotiated["serverInfo"];
    /** Every page followed, unless `cursor` asks for one page. */
    listTools(options?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        tools: Tool[];
        nextCursor?: string;
    }>;
    /** The result as sent, never thrown for isError; a JSON-RPC error (an unknown tool) rejects with McpHarnessError. */
    callTool(name: string, args?: Record<string, unknown>, options?: CallToolOptions): Promise<ToolResult>;
    listResources(options?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        resources: Resource[];
        nextCursor?: string;
    }>;
    listResourceTemplates(options?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        resourceTemplates: ResourceTemplate[];
        nextCursor?: string;
    }>;
    readResource(uri: string, options?: RequestOptions): Promise<ReadResourceResult>;
    subscribe(uri: string): Promise<ResourceSubscription>;
    listPrompts(options?: RequestOptions & {
        cursor?: string;
    }): Promise<{
        prompts: Prompt[];
        nextCursor?: string;
    }>;
    getPrompt(name: string, args?: Record<string, string>, options?: RequestOptions): Promise<GetPromptResult>;
    /** completion/complete for a prompt's or a resource template's argument. */
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
    setLogLevel(level: "debug" | "info" | "notice" | "warning" | "error" | "critical" | "alert" | "emergency"): Promise<void>;
    ping(): Promise<void>;
    /** Any other request: its result as sent. */
    request(method: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<Record<string, unknown>>;
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    /** Change the roots and tell the server (notifications/roots/list_changed). */
    setRoots(roots: Root[]): Promise<void>;
    /**
     * The first notification of `method` (matching `predicate`) not yet taken by an earlier wait:
     * one that already came counts, so nothing is missed between a call and its wait.
     */
    waitForNotification(method: string, predicate?: (n: Notification) => boolean, options?: {
        timeout?: number;
    }): Promise<Notification>;
    /** Every notification received so far, optionally of one method. */
    notifications(method?: string): Notification[];
    /** The server's notifications/message log lines so far. */
    logs(): LogMessage[];
    /** What a stdio server printed on stderr so far. */
    stderr(): string[];
    /**
     * The live protocol lint's findings so far, optionally only of `severity` and worse. Complete
     * once the calls before have resolved; read while one is in flight whose answer needs a checker
     * still loading (the schema validator, YAML), it throws McpHarnessError "usage", never fewer.
     */
    findings(options?: {
        severity?: Severity;
    }): Finding[];
    /** The record so far. */
    record(): RecordEntry[];
    /** Write the session, redacted, as a .mcp-session.json (`npx inspector --open FILE` shows it). Resolves with the absolute path. */
    saveSession(path: string, options?: SaveSessionOptions): Promise<string>;
    /** Disconnect (a stdio server's process group ends). Safe to call twice. */
    close(): Promise<void>;
    [Symbol.asyncDispose](): Promise<void>;
}
/** Kinds of McpHarnessError: the CLI's vocabulary (exit codes in brackets where the CLI has one). */
export type McpHarnessErrorKind = 
/** The server could not be started or reached [4]. */
"unreachable"
/** The server wants authorization [3]. */
 | "auth_required"
/** The server refused every protocol version offered. */
 | "protocol_version"
/** tools/call named a tool the server does not have [5]. */
 | "tool_not_found"
/** The server answered with a JSON-RPC error (`rpc`) [1]. */
 | "rpc_error"
/** A time limit passed (`timeout` option, the session's requestMs, a wait). */
 | "timeout" | "cancelled"
/** The connection ended (the server died) before the answer; `stderrTail` says why. */
 | "closed"
/** The server's answer is not valid JSON-RPC or not what the method returns. */
 | "invalid_response"
/** The method does not exist in the connection's protocol era. */
 | "not_in_era" | "not_connected"
/** Bad input to the library itself (a target that is none of the forms, a config file that cannot be read). */
 | "usage";
export interface McpCheckOptions {
    /** Call every tool with sample arguments (the CLI's --call-tools). */
    callTools?: boolean;
    protocolEra?: ProtocolEra;
    answers?: Answers;
}
export interface CheckProbe {
    id: string;
    title: string;
    status: "pass" | "fail" | "skip";
    severity: Severity;
    message: string;
    specUrl?: string;
    /** The spec's level of what the probe tried: a MUST broken is an error, a SHOULD a warning, a MAY a note. */
    level?: "MUST" | "SHOULD" | "MAY";
}
/** The `check` command's report (its --format json). */
export interface CheckReport {
    target: string;
    server?: {
        name?: string;
        version?: string;
    };
    protocolVersion?: string;
    era?: "legacy" | "modern";
    connected: boolean;
    connectError?: string;
    /** Why the connection failed, in the engine's words (e.g. "http-status", "auth", "spawn"). */
    connectErrorKind?: string;
    /** The HTTP status of a failed connection, when the server answered one. */
    connectHttpStatus?: number;
    listed: Record<string, number>;
    probes: CheckProbe[];
    findings: Array<Finding & {
        seqs: number[];
    }>;
    summary: {
        errors: number;
        warnings: number;
        infos: number;
        probesFailed: number;
        probesPassed: number;
        probesSkipped: number;
    };
}
/** A recording played as a server (`inspector mock`), for testing an MCP client. */
export interface MockServer {
    /** Its Streamable HTTP endpoint on 127.0.0.1. */
    url: string;
    /** The same recording as a stdio server: spawn this. */
    command: {
        command: string;
        args: string[];
    };
    close(): Promise<void>;
    [Symbol.asyncDispose](): Promise<void>;
}
/**
 * The matchers `mcp-inspector-harness/vitest` and `/jest` add to `expect` (and
 * `mcp-inspector-harness/matchers` hands to any `expect.extend`). Each fails naming the tool
 * and showing what came back; `.not` reads as the opposite sentence.
 */
export interface McpMatchers<R = unknown> {
    /** A ToolResult with isError false and, when its tool declares an outputSchema, structuredContent that fits it. */
    toBeToolSuccess(): R;
    /** A ToolResult with isError true; with an argument, a text block of it contains the string or matches the RegExp. */
    toBeToolError(expected?: string | RegExp): R;
    /** A success (isError false) whose structuredContent fits its tool's own outputSchema (none, isError, or a tool that declares none fails). */
    toMatchOutputSchema(): R;
    /** A ToolResult with a text block that contains the string or matches the RegExp. */
    toHaveTextContent(expected: string | RegExp): R;
    /** An McpSession whose live lint found nothing of `severity` (default "info") or worse. */
    toHaveNoFindings(options?: {
        severity?: Severity;
    }): R;
}
/** What a matcher returns to `expect.extend` (vitest's and Jest's shared contract). */
export interface McpMatcherResult {
    pass: boolean;
    message: () => string;
}
/** The part of `this` inside a matcher that these matchers read (vitest's and Jest's MatcherState have it). */
export interface McpMatcherContext {
    isNot?: boolean;
}
/**
 * A pretty-format plugin (vitest's and Jest's `expect.addSnapshotSerializer`) that masks what
 * changes run to run. The printer's config and refs are the framework's, passed through untouched.
 */
export interface McpSnapshotSerializer {
    test(value: unknown): boolean;
    serialize<Config, Refs>(value: unknown, config: Config, indentation: string, depth: number, refs: Refs, printer: (value: unknown, config: Config, indentation: string, depth: number, refs: Refs) => string): string;
}
