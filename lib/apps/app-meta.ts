import * as z from "zod";
import { APP_MIME_TYPE } from "../target/target";
import { asRecord } from "../json/shape";

/**
 * What MCP Apps (the `io.modelcontextprotocol/ui` extension, spec 2026-01-26) put in `_meta.ui`.
 * Read leniently: a server's metadata is untrusted, so a field of the wrong shape is left out
 * rather than failing the whole tool.
 */
export const AppCspSchema = z.object({
  connectDomains: z.array(z.string()).optional().catch(undefined),
  resourceDomains: z.array(z.string()).optional().catch(undefined),
  frameDomains: z.array(z.string()).optional().catch(undefined),
  baseUriDomains: z.array(z.string()).optional().catch(undefined),
});
export type AppCsp = z.infer<typeof AppCspSchema>;

const grant = z.object({}).loose().optional().catch(undefined);
export const AppPermissionsSchema = z.object({ camera: grant, microphone: grant, geolocation: grant, clipboardWrite: grant });
export type AppPermissions = z.infer<typeof AppPermissionsSchema>;

/** `_meta.ui` of a UI resource (its listing or its read contents). */
export const AppResourceMetaSchema = z.object({
  csp: AppCspSchema.optional().catch(undefined),
  permissions: AppPermissionsSchema.optional().catch(undefined),
  domain: z.string().optional().catch(undefined),
  prefersBorder: z.boolean().optional().catch(undefined),
});
export type AppResourceMeta = z.infer<typeof AppResourceMetaSchema>;

export const AppVisibilitySchema = z.enum(["model", "app"]);
export type AppVisibility = z.infer<typeof AppVisibilitySchema>;

/** The older flat key some servers (and ext-apps' own registerAppTool, for compatibility) still write. */
export const LEGACY_RESOURCE_URI_KEY = "ui/resourceUri";

function record(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** ChatGPT's key for a tool's widget (OpenAI Apps SDK): a `ui://` resource of mime type `text/html+skybridge`. */
export const OPENAI_OUTPUT_TEMPLATE_KEY = "openai/outputTemplate";
/** ChatGPT's widget CSP (`connect_domains`, `resource_domains`, `frame_domains`), on the template resource or the tool. */
export const OPENAI_WIDGET_CSP_KEY = "openai/widgetCSP";
/** The mime type of a ChatGPT widget template. */
export const SKYBRIDGE_MIME_TYPE = "text/html+skybridge";

/**
 * The `ui://` resource a tool's UI lives in: `_meta.ui.resourceUri`, else the flat
 * `_meta["ui/resourceUri"]`, else ChatGPT's `_meta["openai/outputTemplate"]`; undefined when the tool has no App.
 */
export function appResourceUriOf(tool: { _meta?: unknown }): string | undefined {
  const meta = record(tool._meta);
  const nested = record(meta?.ui)?.resourceUri;
  const uri = typeof nested === "string" ? nested : meta?.[LEGACY_RESOURCE_URI_KEY];
  if (typeof uri === "string" && uri.startsWith("ui://")) return uri;
  const template = meta?.[OPENAI_OUTPUT_TEMPLATE_KEY];
  return typeof template === "string" && template.startsWith("ui://") ? template : undefined;
}

/** True for a tool whose only App marker is ChatGPT's outputTemplate: it is shown as ChatGPT shows it, with window.openai. */
export function isChatGptOnlyApp(tool: { _meta?: unknown }): boolean {
  const meta = record(tool._meta);
  const standard = record(meta?.ui)?.resourceUri ?? meta?.[LEGACY_RESOURCE_URI_KEY];
  return !(typeof standard === "string" && standard.startsWith("ui://")) && typeof meta?.[OPENAI_OUTPUT_TEMPLATE_KEY] === "string";
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

/** ChatGPT's `openai/widgetCSP` of a resource content or a tool, as the MCP Apps CSP fields; undefined when it has none. */
export function openaiWidgetCspOf(item: { _meta?: unknown } | undefined): AppCsp | undefined {
  const w = record(record(item?._meta)?.[OPENAI_WIDGET_CSP_KEY]);
  if (!w) return undefined;
  return {
    connectDomains: strings(w.connect_domains),
    resourceDomains: strings(w.resource_domains),
    frameDomains: strings(w.frame_domains),
  };
}

/** Who may call a tool: `_meta.ui.visibility`, both model and App when absent (spec default). */
export function visibilityOf(tool: { _meta?: unknown }): AppVisibility[] {
  const v = record(record(tool._meta)?.ui)?.visibility;
  if (!Array.isArray(v)) return ["model", "app"];
  return v.filter((x): x is AppVisibility => AppVisibilitySchema.safeParse(x).success);
}

/** Spec: a host must refuse an App's tools/call to a tool whose visibility leaves the App out. */
export function visibleToApp(tool: { _meta?: unknown }): boolean {
  return visibilityOf(tool).includes("app");
}

/** The `_meta.ui` of a resource listing or a read content; {} when it has none. */
export function appResourceMetaOf(item: { _meta?: unknown } | undefined): AppResourceMeta {
  const parsed = AppResourceMetaSchema.safeParse(record(record(item?._meta)?.ui) ?? {});
  const meta = parsed.success ? parsed.data : {};
  // A ChatGPT widget declares its CSP as openai/widgetCSP; _meta.ui.csp wins when both are there.
  const openai = meta.csp ? undefined : openaiWidgetCspOf(item);
  const out = openai ? { ...meta, csp: openai } : { ...meta };
  // Its domain and border likewise, as openai/widgetDomain and openai/widgetPrefersBorder.
  const m = record(item?._meta) ?? {};
  if (out.domain === undefined && typeof m[OPENAI_WIDGET_DOMAIN_KEY] === "string") out.domain = m[OPENAI_WIDGET_DOMAIN_KEY];
  if (out.prefersBorder === undefined && typeof m[OPENAI_WIDGET_PREFERS_BORDER_KEY] === "boolean")
    out.prefersBorder = m[OPENAI_WIDGET_PREFERS_BORDER_KEY];
  return out;
}

/** ChatGPT's widget domain and border keys of a template resource (`_meta.ui.domain` / `prefersBorder` win). */
export const OPENAI_WIDGET_DOMAIN_KEY = "openai/widgetDomain";
export const OPENAI_WIDGET_PREFERS_BORDER_KEY = "openai/widgetPrefersBorder";

/**
 * ChatGPT's status texts of a tool (`_meta["openai/toolInvocation/invoking"]` while it runs,
 * `…/invoked` once it ran); each undefined when the tool has none.
 */
export function toolInvocationTextsOf(tool: { _meta?: unknown }): { invoking?: string; invoked?: string } {
  const m = record(tool._meta) ?? {};
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
  return { invoking: text(m["openai/toolInvocation/invoking"]), invoked: text(m["openai/toolInvocation/invoked"]) };
}

/** True for the App UI mime type (or ChatGPT's widget template type), however a server spaced or cased it. */
export function isAppMimeType(mime: unknown): boolean {
  if (typeof mime !== "string") return false;
  const m = mime.replace(/\s+/g, "").toLowerCase();
  return m === APP_MIME_TYPE || m === SKYBRIDGE_MIME_TYPE;
}

/**
 * Why the host refuses an App's tools/call, or undefined when it may go to the server: a tool the
 * server does not list (`tools` must then hold every page: lib/apps/find-tool.ts), or one whose
 * visibility leaves the App out, is refused here, before the server sees anything.
 */
export function appToolCallRefusal(
  tools: readonly { name: string; _meta?: unknown }[],
  name: unknown,
  host: { chatgpt?: boolean } = {},
): string | undefined {
  if (typeof name !== "string" || !name) return "tools/call needs a tool name";
  const tool = tools.find((t) => t.name === name);
  if (!tool) return `the server lists no tool named ${JSON.stringify(name.slice(0, 200))} (every page of tools/list was read)`;
  if (!visibleToApp(tool))
    return `the tool ${name} is not visible to Apps (its _meta.ui.visibility is ${JSON.stringify(visibilityOf(tool))})`;
  // ChatGPT: a widget may call a tool only when the tool does not say _meta["openai/widgetAccessible"]: false.
  if (host.chatgpt && asRecord(tool._meta)[WIDGET_ACCESSIBLE] === false)
    return `ChatGPT refuses a widget's call of ${name}: its _meta["${WIDGET_ACCESSIBLE}"] is false (set it true to let the widget call it)`;
  return undefined;
}

/** The ChatGPT tool _meta key that says whether a widget may call the tool (window.openai.callTool, or tools/call from the widget). */
export const WIDGET_ACCESSIBLE = "openai/widgetAccessible";
