import { KNOWN_APP_METHODS, idOf, methodOf, type AppMessage } from "./app-messages";
import { appResourceMetaOf, isAppMimeType, visibleToApp } from "./app-meta";
import { cspSourceProblem } from "./csp";

/** A problem with an App's traffic or its UI resource, in the vocabulary of lib/lint (rule id, severity, a sentence). */
export interface AppFinding {
  rule: string;
  severity: "error" | "warning";
  message: string;
  /** The App message it is about (its `n`), when it is about one. */
  n?: number;
}

/** More size-changed notifications than this within one second is a resize loop (an App that sizes itself to its frame). */
export const SIZE_FLOOD_PER_SECOND = 20;

/** The App lint over one App's messages, in order: handshake first, known methods only, no calls to tools hidden from the App, no resize loop. */
export function lintAppMessages(log: readonly AppMessage[], tools: readonly { name: string; _meta?: unknown }[]): AppFinding[] {
  const findings: AppFinding[] = [];
  let initialized = false;
  const sizes: number[] = [];
  let flooded = false;
  for (const m of log) {
    const method = methodOf(m.message);
    if (m.dir !== "app->host" || !method) continue;
    if (method === "ui/initialize") initialized = true;
    else if (!initialized && method !== "ui/notifications/sandbox-proxy-ready")
      findings.push({ rule: "app-initialize-first", severity: "error", n: m.n, message: `The App sent ${method} before ui/initialize: a host answers nothing before the handshake.` });
    if (!KNOWN_APP_METHODS.has(method))
      findings.push({ rule: "app-unknown-method", severity: method.startsWith("ui/") ? "error" : "warning", n: m.n, message: `${method} is not a method of MCP Apps (spec 2026-01-26).` });
    if (method === "tools/call") {
      const name = (m.message as { params?: { name?: unknown } }).params?.name;
      const tool = tools.find((t) => t.name === name);
      if (tool && !visibleToApp(tool))
        findings.push({ rule: "app-hidden-tool-call", severity: "error", n: m.n, message: `The App called ${String(name)}, whose _meta.ui.visibility leaves the App out: a host must refuse it.` });
    }
    if (method === "ui/notifications/size-changed") {
      sizes.push(m.t);
      while (sizes.length && m.t - sizes[0] > 1000) sizes.shift();
      if (!flooded && sizes.length > SIZE_FLOOD_PER_SECOND) {
        flooded = true;
        findings.push({ rule: "app-size-flood", severity: "warning", n: m.n, message: `More than ${SIZE_FLOOD_PER_SECOND} size-changed notifications within a second: the App probably resizes to its own frame in a loop.` });
      }
    }
  }
  return findings;
}

/** The App lint over a tool's UI resource as read: it must exist, have the App mime type, and declare only valid CSP origins. */
export function lintAppResource(uri: string, read: { result?: unknown; error?: string }): AppFinding[] {
  if (read.error !== undefined) return [{ rule: "app-resource-missing", severity: "error", message: `The tool names ${uri}, but reading it failed: ${read.error}` }];
  const contents = (read.result as { contents?: unknown } | undefined)?.contents;
  const content = Array.isArray(contents) ? (contents.find((c) => (c as { uri?: unknown })?.uri === uri) ?? contents[0]) : undefined;
  if (!content || typeof content !== "object") return [{ rule: "app-resource-missing", severity: "error", message: `Reading ${uri} returned no contents.` }];
  const findings: AppFinding[] = [];
  const c = content as { mimeType?: unknown; text?: unknown; blob?: unknown; _meta?: unknown };
  if (!isAppMimeType(c.mimeType)) findings.push({ rule: "app-resource-mime", severity: "error", message: `${uri} has mime type ${JSON.stringify(c.mimeType ?? null)}; an App UI is text/html;profile=mcp-app.` });
  if (typeof c.text !== "string" && typeof c.blob !== "string") findings.push({ rule: "app-resource-missing", severity: "error", message: `${uri} has neither text nor blob.` });
  const csp = appResourceMetaOf(c).csp ?? {};
  for (const [field, list] of Object.entries(csp)) {
    for (const source of list ?? []) {
      const problem = cspSourceProblem(source);
      if (problem) findings.push({ rule: "app-csp-domain", severity: "warning", message: `_meta.ui.csp.${field} "${source}" ${problem}; the inspector leaves it out.` });
    }
  }
  return findings;
}

/** Request ids the App sent that never got a response: shown so a person sees what the host left unanswered. */
export function unansweredAppRequests(log: readonly AppMessage[]): AppMessage[] {
  const answered = new Set(log.filter((m) => m.dir === "host->app" && !methodOf(m.message)).map((m) => idOf(m.message)));
  return log.filter((m) => m.dir === "app->host" && methodOf(m.message) && idOf(m.message) !== undefined && !answered.has(idOf(m.message)));
}
