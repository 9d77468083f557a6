import { asRecord } from "../json/shape";
import { cspSourceProblem } from "./csp";
import {
  LEGACY_RESOURCE_URI_KEY,
  OPENAI_OUTPUT_TEMPLATE_KEY,
  OPENAI_WIDGET_CSP_KEY,
  SKYBRIDGE_MIME_TYPE,
  WIDGET_ACCESSIBLE,
} from "./app-meta";

/**
 * Each host the page emulates, judged by its own published rules, strictly: would it mount this
 * App, and if not, why, in its document's words with the document named. Only rules a host
 * publishes are applied (issue 92: "don't invent rules"); what a host leaves open is a note, not
 * a refusal. Pure: a tool as tools/list gave it and the read of its `ui://` resource.
 */

/** A host's published document, named where a verdict cites it. */
export interface HostDoc {
  title: string;
  url: string;
}

export const MCP_APPS_SPEC: HostDoc = {
  title: "MCP Apps spec 2026-01-26 (SEP-1865)",
  url: "https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx",
};
export const OPENAI_REFERENCE: HostDoc = { title: "OpenAI Apps SDK reference", url: "https://developers.openai.com/apps-sdk/reference" };
export const EXT_APPS_CSP_DOC: HostDoc = {
  title: "ext-apps guide: CSP & CORS",
  url: "https://apps.extensions.modelcontextprotocol.io/api/documents/csp-and-cors.html",
};

export type StrictHostId = "mcp-apps" | "chatgpt" | "claude";

/** One reason, with the clause it comes from. */
export interface HostReason {
  text: string;
  cite: HostDoc;
  /** The section of the document, as it heads it. */
  section: string;
}

export interface HostVerdict {
  host: StrictHostId;
  label: string;
  mounts: boolean;
  /** Why it would not mount (empty when it would). */
  why: HostReason[];
  /** What the host's rules say beyond mounting: what it would refuse later, what it may not grant. */
  notes: HostReason[];
}

/** The read of the App's resource: its result, or the error the server answered. */
export type AppRead = { result: unknown } | { error: string };

const MCP_APP_MIME = "text/html;profile=mcp-app";
const INVOCATION_TEXT_MAX = 64;

const normalMime = (m: unknown) => (typeof m === "string" ? m.toLowerCase().replace(/\s+/g, "") : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

interface Facts {
  meta: Record<string, unknown>;
  ui: unknown;
  uiUri?: string;
  uiUriProblem?: string;
  template?: string;
  modelVisible: boolean;
  /** The read's first content for the uri, or why there is none. */
  content?: Record<string, unknown>;
  readProblem?: string;
}

function factsOf(tool: { _meta?: unknown }, read: AppRead | undefined, uri: string | undefined): Facts {
  const meta = asRecord(tool._meta);
  const ui = meta.ui;
  const raw = isRecord(ui) && ui.resourceUri !== undefined ? ui.resourceUri : meta[LEGACY_RESOURCE_URI_KEY];
  const f: Facts = { meta, ui, modelVisible: true };
  if (raw !== undefined) {
    if (typeof raw === "string" && raw.startsWith("ui://")) f.uiUri = raw;
    else f.uiUriProblem = `its _meta.ui.resourceUri is ${JSON.stringify(raw)}, not a ui:// URI`;
  }
  const template = meta[OPENAI_OUTPUT_TEMPLATE_KEY];
  if (typeof template === "string" && template.startsWith("ui://")) f.template = template;
  const visibility = isRecord(ui) ? ui.visibility : undefined;
  if (Array.isArray(visibility) && !visibility.includes("model")) f.modelVisible = false;
  if (!read) f.readProblem = "its resource was not read";
  else if ("error" in read) f.readProblem = `resources/read of ${uri} failed: ${read.error}`;
  else {
    const contents = Array.isArray(asRecord(read.result).contents) ? (asRecord(read.result).contents as unknown[]) : [];
    const content = contents.filter(isRecord).find((c) => c.uri === uri) ?? contents.find(isRecord);
    if (!content) f.readProblem = `resources/read of ${uri} returned no contents`;
    else if (typeof content.text !== "string" && typeof content.blob !== "string")
      f.readProblem = `the content of ${uri} has neither text nor blob`;
    else f.content = content;
  }
  return f;
}

const spec = (section: string, text: string): HostReason => ({ text, cite: MCP_APPS_SPEC, section });
const openai = (section: string, text: string): HostReason => ({ text, cite: OPENAI_REFERENCE, section });

/** What the MCP Apps spec makes every host refuse: the rules the reference host and each spec host apply. */
function specRules(f: Facts): { why: HostReason[]; notes: HostReason[] } {
  const why: HostReason[] = [];
  const notes: HostReason[] = [];
  if (f.ui !== undefined && !isRecord(f.ui))
    why.push(spec("Resource Discovery", `_meta.ui is ${JSON.stringify(f.ui)}, not an object (McpUiToolMeta)`));
  if (f.uiUriProblem) why.push(spec("Content Requirements", `${f.uiUriProblem}: the URI MUST start with ui://`));
  else if (!f.uiUri)
    why.push(
      spec(
        "Resource Discovery",
        f.template
          ? `it names its UI only by ${OPENAI_OUTPUT_TEMPLATE_KEY}, ChatGPT's key; an MCP Apps host reads _meta.ui.resourceUri`
          : "it names no UI resource in _meta.ui.resourceUri",
      ),
    );
  if (!f.modelVisible)
    why.push(
      spec("Visibility", 'its visibility leaves out "model": the host MUST NOT list it to the model, so no model\'s call mounts it'),
    );
  if (f.uiUri && isRecord(f.ui) && f.ui.resourceUri === undefined)
    notes.push(spec("Resource Discovery", `it uses the deprecated flat _meta["${LEGACY_RESOURCE_URI_KEY}"], to be removed before GA`));
  if (f.uiUri) {
    if (f.readProblem) why.push(spec("Content Requirements", `${f.readProblem}: the resource MUST exist, its content in text or blob`));
    else if (normalMime(f.content?.mimeType) !== MCP_APP_MIME)
      why.push(spec("Content Requirements", `its mime type is ${JSON.stringify(f.content?.mimeType)}: it MUST be ${MCP_APP_MIME}`));
  }
  const ui = asRecord(f.content ? asRecord(f.content._meta).ui : undefined);
  const csp = asRecord(ui.csp);
  for (const field of ["connectDomains", "resourceDomains", "frameDomains", "baseUriDomains"]) {
    const list = csp[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((d) => typeof d !== "string"))
      notes.push(spec("UI Resource Format", `_meta.ui.csp.${field} is not an array of origins: a host enforces none of it`));
    else
      for (const d of list as string[]) {
        const problem = cspSourceProblem(d);
        if (problem)
          notes.push(
            spec(
              "Host Behavior",
              `_meta.ui.csp.${field} ${JSON.stringify(d)} ${problem}: a host MUST NOT allow undeclared domains, so it is dropped`,
            ),
          );
      }
  }
  const asked = Object.keys(asRecord(ui.permissions));
  if (asked.length)
    notes.push(
      spec("UI Resource Format", `it asks for ${asked.join(", ")}: hosts MAY honor permissions, and an App SHOULD NOT assume them granted`),
    );
  return { why, notes };
}

/** ChatGPT mounts an MCP Apps resource or an Apps SDK template (its reference). */
function chatGptRules(f: Facts): { why: HostReason[]; notes: HostReason[] } {
  const why: HostReason[] = [];
  const notes: HostReason[] = [];
  const mime = normalMime(f.content?.mimeType);
  const asMcpApp = !!f.uiUri && mime === MCP_APP_MIME;
  const asTemplate = !!f.template && mime === SKYBRIDGE_MIME_TYPE;
  if (!f.uiUri && !f.template)
    why.push(
      openai(
        "MCP Apps UI bridge",
        `it names no UI: neither _meta.ui.resourceUri nor _meta["${OPENAI_OUTPUT_TEMPLATE_KEY}"] is a ui:// URI`,
      ),
    );
  else if (f.readProblem) why.push(openai("Tool descriptor parameters", f.readProblem));
  else if (!asMcpApp && !asTemplate)
    why.push(
      openai(
        f.template ? "Tool descriptor parameters" : "MCP Apps UI bridge",
        `its mime type is ${JSON.stringify(f.content?.mimeType)}: ${f.uiUri ? `ChatGPT implements MCP Apps, whose resource is ${MCP_APP_MIME}` : ""}${f.uiUri && f.template ? ", " : ""}${f.template ? `${OPENAI_OUTPUT_TEMPLATE_KEY} names a ${SKYBRIDGE_MIME_TYPE} template` : ""}`,
      ),
    );
  if (f.meta["openai/visibility"] === "private" || !f.modelVisible)
    why.push(
      openai(
        "Tool descriptor parameters",
        'it is hidden from the model (openai/visibility private, or _meta.ui.visibility without "model"): no model\'s call mounts it',
      ),
    );
  for (const key of ["openai/toolInvocation/invoking", "openai/toolInvocation/invoked"]) {
    const text = f.meta[key];
    if (typeof text === "string" && text.length > INVOCATION_TEXT_MAX)
      notes.push(openai("Tool descriptor parameters", `${key} is ${text.length} characters; ChatGPT's limit is ${INVOCATION_TEXT_MAX}`));
  }
  if (asTemplate && !asMcpApp && f.meta[WIDGET_ACCESSIBLE] !== true)
    notes.push(
      openai(
        "Tool descriptor parameters",
        `${WIDGET_ACCESSIBLE} is not true (its default is false): the widget's window.openai.callTool of this tool is not allowed`,
      ),
    );
  const widgetCsp = f.content ? asRecord(f.content._meta)[OPENAI_WIDGET_CSP_KEY] : undefined;
  if (widgetCsp !== undefined && !isRecord(widgetCsp))
    notes.push(
      openai(
        "Tool descriptor parameters",
        `${OPENAI_WIDGET_CSP_KEY} is not an object of connect_domains, resource_domains: ChatGPT reads none of it`,
      ),
    );
  return { why, notes };
}

/** Claude is an MCP Apps host: the spec's rules, and the domain format its guide gives. */
function claudeNotes(f: Facts): HostReason[] {
  const domain = f.content ? asRecord(asRecord(f.content._meta).ui).domain : undefined;
  if (typeof domain === "string" && !/^[0-9a-f]{32}\.claudemcpcontent\.com$/.test(domain))
    return [
      {
        text: `_meta.ui.domain ${JSON.stringify(domain)} is not Claude's form ({first 32 hex of the server URL's SHA-256}.claudemcpcontent.com): Claude gives the App another origin`,
        cite: EXT_APPS_CSP_DOC,
        section: "CSP & CORS",
      },
    ];
  return [];
}

/** Each emulated host's verdict on one App tool. `uri` is the resource read (the tool's App resource). */
export function hostVerdictsOf(
  tool: { name?: string; _meta?: unknown },
  uri: string | undefined,
  read: AppRead | undefined,
): HostVerdict[] {
  const f = factsOf(tool, read, uri);
  const specs = specRules(f);
  const chatgpt = chatGptRules(f);
  const verdict = (host: StrictHostId, label: string, rules: { why: HostReason[]; notes: HostReason[] }): HostVerdict => ({
    host,
    label,
    mounts: rules.why.length === 0,
    ...rules,
  });
  return [
    verdict("mcp-apps", "MCP Apps reference host", specs),
    verdict("chatgpt", "ChatGPT", chatgpt),
    verdict("claude", "Claude", { why: specs.why, notes: [...specs.notes, ...claudeNotes(f)] }),
  ];
}

/** One line per host: "ChatGPT: mounts" or "MCP Apps reference host: would not mount: …". */
export function hostVerdictLines(verdicts: readonly HostVerdict[]): string[] {
  return verdicts.map((v) =>
    v.mounts
      ? `${v.label}: mounts${v.notes.length ? ` (${v.notes.map(reasonText).join("; ")})` : ""}`
      : `${v.label}: would not mount: ${v.why.map(reasonText).join("; ")}`,
  );
}

/** A reason with its citation: "… (MCP Apps spec 2026-01-26 (SEP-1865), Content Requirements)". */
export function reasonText(r: HostReason): string {
  return `${r.text} (${r.cite.title}, ${r.section})`;
}
