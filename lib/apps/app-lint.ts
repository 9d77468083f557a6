import { KNOWN_APP_METHODS, OPENAI_APP_METHODS, idOf, methodOf, type AppMessage } from "./app-messages";
import { appResourceMetaOf, isAppMimeType, visibleToApp } from "./app-meta";
import { cspSourceProblem } from "./csp";
import { asRecord } from "../json/shape";
import { appErrorOf, appErrorSentence, failsApp } from "./app-errors";

/** A problem with an App's traffic or its UI resource, in the vocabulary of lib/lint (rule id, severity, a sentence). */
export interface AppFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  message: string;
  /** The App message it is about (its `n`), when it is about one. */
  n?: number;
}

/** More size-changed notifications than this within one second is a resize loop (an App that sizes itself to its frame). */
export const SIZE_FLOOD_PER_SECOND = 20;

/** The MCP Apps specification (the `io.modelcontextprotocol/ui` extension) the App rules enforce. */
export const APPS_SPEC = "https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx";

/** The App rules' ids, as lib/lint registers them and docs/lint-rules.md lists them. */
export const APP_RULE_IDS = {
  initializeFirst: "apps/initialize-first",
  unknownMethod: "apps/unknown-method",
  hiddenToolCall: "apps/hidden-tool-call",
  sizeFlood: "apps/size-flood",
  resourceMissing: "apps/resource-missing",
  resourceMime: "apps/resource-mime",
  cspDomain: "apps/csp-domain",
  cspViolation: "apps/csp-violation",
  appError: "apps/app-error",
} as const;

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
export function appMessageChecker(tools: () => readonly { name: string; _meta?: unknown }[]): (m: AppLintMessage) => AppFinding[] {
  let initialized = false;
  const sizes: number[] = [];
  let flooded = false;
  return (m) => {
    const findings: AppFinding[] = [];
    const method = methodOf(m.message);
    if (m.dir !== "app->host" || !method) return findings;
    // The host's error reporter speaks whenever the App fails, before its handshake too (a script that throws at start never makes one).
    const failure = appErrorOf(m.message);
    if (failure) {
      findings.push({
        rule: APP_RULE_IDS.appError,
        severity: failsApp(failure) ? "error" : "warning",
        n: m.n,
        message: `${appErrorSentence(failure)}.`,
      });
      return findings;
    }
    if (method === "ui/initialize") initialized = true;
    else if (!initialized && method !== "ui/notifications/sandbox-proxy-ready")
      findings.push({
        rule: APP_RULE_IDS.initializeFirst,
        severity: "error",
        n: m.n,
        message: `The App sent ${method} before ui/initialize: a host answers nothing before the handshake.`,
      });
    if (!KNOWN_APP_METHODS.has(method) && !OPENAI_APP_METHODS.has(method))
      findings.push({
        rule: APP_RULE_IDS.unknownMethod,
        severity: method.startsWith("ui/") ? "error" : "warning",
        n: m.n,
        message: `${method.slice(0, 100)} is not a method of MCP Apps (spec 2026-01-26).`,
      });
    if (method === "tools/call") {
      const name = asRecord(asRecord(m.message).params).name;
      const tool = tools().find((t) => t.name === name);
      if (tool && !visibleToApp(tool))
        findings.push({
          rule: APP_RULE_IDS.hiddenToolCall,
          severity: "error",
          n: m.n,
          message: `The App called ${String(name)}, whose _meta.ui.visibility leaves the App out: a host must refuse it.`,
        });
    }
    if (method === "ui/notifications/size-changed") {
      sizes.push(m.t);
      while (sizes.length && m.t - sizes[0] > 1000) sizes.shift();
      if (!flooded && sizes.length > SIZE_FLOOD_PER_SECOND) {
        flooded = true;
        findings.push({
          rule: APP_RULE_IDS.sizeFlood,
          severity: "warning",
          n: m.n,
          message: `More than ${SIZE_FLOOD_PER_SECOND} size-changed notifications within a second: the App probably resizes to its own frame in a loop.`,
        });
      }
    }
    return findings;
  };
}

/** The App lint over one App's whole log (appMessageChecker over each message). */
export function lintAppMessages(log: readonly AppMessage[], tools: readonly { name: string; _meta?: unknown }[]): AppFinding[] {
  const check = appMessageChecker(() => tools);
  return log.flatMap((m) => check(m));
}

/** The App lint over a tool's UI resource as read: it must exist, have the App mime type, and declare only valid CSP origins. */
export function lintAppResource(uri: string, read: { result?: unknown; error?: string }): AppFinding[] {
  if (read.error !== undefined)
    return [
      { rule: APP_RULE_IDS.resourceMissing, severity: "error", message: `The tool names ${uri}, but reading it failed: ${read.error}` },
    ];
  const contents = asRecord(read.result).contents;
  const content = Array.isArray(contents) ? (contents.find((c) => asRecord(c).uri === uri) ?? contents[0]) : undefined;
  if (!content || typeof content !== "object")
    return [{ rule: APP_RULE_IDS.resourceMissing, severity: "error", message: `Reading ${uri} returned no contents.` }];
  const findings: AppFinding[] = [];
  const c = asRecord(content);
  if (!isAppMimeType(c.mimeType))
    findings.push({
      rule: APP_RULE_IDS.resourceMime,
      severity: "error",
      message: `${uri} has mime type ${JSON.stringify(c.mimeType ?? null)}; an App UI is text/html;profile=mcp-app.`,
    });
  if (typeof c.text !== "string" && typeof c.blob !== "string")
    findings.push({ rule: APP_RULE_IDS.resourceMissing, severity: "error", message: `${uri} has neither text nor blob.` });
  const csp = appResourceMetaOf(c).csp ?? {};
  for (const [field, list] of Object.entries(csp)) {
    for (const source of list ?? []) {
      const problem = cspSourceProblem(source);
      if (problem)
        findings.push({
          rule: APP_RULE_IDS.cspDomain,
          severity: "warning",
          message: `_meta.ui.csp.${field} "${source}" ${problem}; the inspector leaves it out.`,
        });
    }
  }
  return findings;
}

/** Request ids the App sent that never got a response: shown so a person sees what the host left unanswered. */
export function unansweredAppRequests(log: readonly AppMessage[]): AppMessage[] {
  const answered = new Set(log.filter((m) => m.dir === "host->app" && !methodOf(m.message)).map((m) => idOf(m.message)));
  return log.filter((m) => m.dir === "app->host" && methodOf(m.message) && idOf(m.message) !== undefined && !answered.has(idOf(m.message)));
}
