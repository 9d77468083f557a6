import * as z from "zod";
/**
 * What MCP Apps (the `io.modelcontextprotocol/ui` extension, spec 2026-01-26) put in `_meta.ui`.
 * Read leniently: a server's metadata is untrusted, so a field of the wrong shape is left out
 * rather than failing the whole tool.
 */
export declare const AppCspSchema: z.ZodObject<{
    connectDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
    resourceDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
    frameDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
    baseUriDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
}, z.core.$strip>;
export type AppCsp = z.infer<typeof AppCspSchema>;
export declare const AppPermissionsSchema: z.ZodObject<{
    camera: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
    microphone: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
    geolocation: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
    clipboardWrite: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
}, z.core.$strip>;
export type AppPermissions = z.infer<typeof AppPermissionsSchema>;
/** `_meta.ui` of a UI resource (its listing or its read contents). */
export declare const AppResourceMetaSchema: z.ZodObject<{
    csp: z.ZodCatch<z.ZodOptional<z.ZodObject<{
        connectDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
        resourceDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
        frameDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
        baseUriDomains: z.ZodCatch<z.ZodOptional<z.ZodArray<z.ZodString>>>;
    }, z.core.$strip>>>;
    permissions: z.ZodCatch<z.ZodOptional<z.ZodObject<{
        camera: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
        microphone: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
        geolocation: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
        clipboardWrite: z.ZodCatch<z.ZodOptional<z.ZodObject<{}, z.core.$loose>>>;
    }, z.core.$strip>>>;
    domain: z.ZodCatch<z.ZodOptional<z.ZodString>>;
    prefersBorder: z.ZodCatch<z.ZodOptional<z.ZodBoolean>>;
}, z.core.$strip>;
export type AppResourceMeta = z.infer<typeof AppResourceMetaSchema>;
export declare const AppVisibilitySchema: z.ZodEnum<{
    app: "app";
    model: "model";
}>;
export type AppVisibility = z.infer<typeof AppVisibilitySchema>;
/** The older flat key some servers (and ext-apps' own registerAppTool, for compatibility) still write. */
export declare const LEGACY_RESOURCE_URI_KEY = "ui/resourceUri";
/** ChatGPT's key for a tool's widget (OpenAI Apps SDK): a `ui://` resource of mime type `text/html+skybridge`. */
export declare const OPENAI_OUTPUT_TEMPLATE_KEY = "openai/outputTemplate";
/** ChatGPT's widget CSP (`connect_domains`, `resource_domains`, `frame_domains`), on the template resource or the tool. */
export declare const OPENAI_WIDGET_CSP_KEY = "openai/widgetCSP";
/** The mime type of a ChatGPT widget template. */
export declare const SKYBRIDGE_MIME_TYPE = "text/html+skybridge";
/**
 * The `ui://` resource a tool's UI lives in: `_meta.ui.resourceUri`, else the flat
 * `_meta["ui/resourceUri"]`, else ChatGPT's `_meta["openai/outputTemplate"]`; undefined when the tool has no App.
 */
export declare function appResourceUriOf(tool: {
    _meta?: unknown;
}): string | undefined;
/** True for a tool whose only App marker is ChatGPT's outputTemplate: it is shown as ChatGPT shows it, with window.openai. */
export declare function isChatGptOnlyApp(tool: {
    _meta?: unknown;
}): boolean;
/** ChatGPT's `openai/widgetCSP` of a resource content or a tool, as the MCP Apps CSP fields; undefined when it has none. */
export declare function openaiWidgetCspOf(item: {
    _meta?: unknown;
} | undefined): AppCsp | undefined;
/** Who may call a tool: `_meta.ui.visibility`, both model and App when absent (spec default). */
export declare function visibilityOf(tool: {
    _meta?: unknown;
}): AppVisibility[];
/** Spec: a host must refuse an App's tools/call to a tool whose visibility leaves the App out. */
export declare function visibleToApp(tool: {
    _meta?: unknown;
}): boolean;
/** The `_meta.ui` of a resource listing or a read content; {} when it has none. */
export declare function appResourceMetaOf(item: {
    _meta?: unknown;
} | undefined): AppResourceMeta;
/** ChatGPT's widget domain and border keys of a template resource (`_meta.ui.domain` / `prefersBorder` win). */
export declare const OPENAI_WIDGET_DOMAIN_KEY = "openai/widgetDomain";
export declare const OPENAI_WIDGET_PREFERS_BORDER_KEY = "openai/widgetPrefersBorder";
/**
 * ChatGPT's status texts of a tool (`_meta["openai/toolInvocation/invoking"]` while it runs,
 * `…/invoked` once it ran); each undefined when the tool has none.
 */
export declare function toolInvocationTextsOf(tool: {
    _meta?: unknown;
}): {
    invoking?: string;
    invoked?: string;
};
/** True for the App UI mime type (or ChatGPT's widget template type), however a server spaced or cased it. */
export declare function isAppMimeType(mime: unknown): boolean;
/**
 * Why the host refuses an App's tools/call, or undefined when it may go to the server: a tool the
 * server does not list (`tools` must then hold every page: lib/apps/find-tool.ts), or one whose
 * visibility leaves the App out, is refused here, before the server sees anything.
 */
export declare function appToolCallRefusal(tools: readonly {
    name: string;
    _meta?: unknown;
}[], name: unknown, host?: {
    chatgpt?: boolean;
}): string | undefined;
/** The ChatGPT tool _meta key that says whether a widget may call the tool (window.openai.callTool, or tools/call from the widget). */
export declare const WIDGET_ACCESSIBLE = "openai/widgetAccessible";
