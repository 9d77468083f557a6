import type { Family, Report, Rule } from "../rule";
import { arrayOr, asRecord, isObject } from "../../json/shape";
import type { AppEntry } from "../../record/format";
import { hostPolicyReason, isEvalProbe } from "../../apps/csp";
import { blockedLoadOf } from "../../apps/csp-blocked";
import { appResourceMetaOf, appResourceUriOf } from "../../apps/app-meta";
import { contentOf } from "../../apps/app-html";
import { APPS_SPEC, APP_RULE_IDS, appMessageChecker, lintAppResource, type AppFinding, type AppLintMessage } from "../../apps/app-lint";

// MCP Apps (the io.modelcontextprotocol/ui extension, spec 2026-01-26) as the record shows it:
// the App's own messages are `app` entries (written by the page's tap), the UI resource is an
// ordinary resources/read of a ui:// URI, and the tools' visibility comes from tools/list. The
// rules are the ones lib/apps/app-lint.ts applies beside a running App, here over the record.

const rule = (id: string, severity: Rule["severity"], anchor: string, summary: string): Rule => ({
  id,
  severity,
  specUrl: `${APPS_SPEC}${anchor}`,
  summary,
});

export const APP_RULES: readonly Rule[] = [
  rule(
    APP_RULE_IDS.initializeFirst,
    "error",
    "#lifecycle",
    "An App sends `ui/initialize` before anything else (the sandbox proxy's ready notification aside).",
  ),
  rule(
    APP_RULE_IDS.unknownMethod,
    "error",
    "",
    "An App sends only methods MCP Apps defines (or the MCP ones a host relays); an unknown `ui/*` method is an error, any other a warning.",
  ),
  rule(
    APP_RULE_IDS.hiddenToolCall,
    "error",
    "#visibility",
    "An App calls no tool whose `_meta.ui.visibility` leaves the App out (a host must refuse it).",
  ),
  rule(
    APP_RULE_IDS.sizeFlood,
    "warning",
    "",
    "No more than 20 `ui/notifications/size-changed` within a second (an App that sizes itself to its frame in a loop).",
  ),
  rule(APP_RULE_IDS.resourceMissing, "error", "#ui-resource-format", "A `ui://` resource can be read and has text or a blob."),
  rule(APP_RULE_IDS.resourceMime, "error", "#ui-resource-format", "A `ui://` resource has the mime type `text/html;profile=mcp-app`."),
  rule(
    APP_RULE_IDS.cspDomain,
    "warning",
    "#security-implications",
    "Every `_meta.ui.csp` domain is an https (or wss) origin, optionally `*.`-prefixed, or loopback http; not a bare scheme, `*`, or CSP syntax.",
  ),
  rule(
    APP_RULE_IDS.cspViolation,
    "warning",
    "#security-implications",
    "The App's frame reported no Content-Security-Policy violation (it tried to load or reach what its declared CSP does not allow).",
  ),
  rule(
    APP_RULE_IDS.appError,
    "error",
    "",
    "The App's document reported no uncaught error or unhandled rejection (an error), nor a console.error (a warning), with its stack and line.",
  ),
];
const byId = new Map(APP_RULES.map((r) => [r.id, r]));

/** Apps remembered per connection; past it the oldest App's lint state is forgotten. */
const APPS_KEPT = 200;

type Tool = { name: string; _meta?: unknown };

/** The App lint as a family of the record's linter. */
export function appsFamily(): Family {
  let tools: Tool[] = [];
  let checkers = new Map<string, (m: AppLintMessage) => AppFinding[]>();
  let said = new Set<string>();
  // Which ui:// resources declared a CSP when read (openai/widgetCSP or _meta.ui.csp), by uri.
  let declared = new Map<string, boolean>();
  const flag = (report: Report, seq: number, f: AppFinding, once?: string) => {
    const r = byId.get(f.rule);
    if (!r) return;
    if (once !== undefined) {
      if (said.has(once)) return;
      said.add(once);
    }
    report(r, seq, f.message, f.severity !== r.severity ? { severity: f.severity } : undefined);
  };
  return {
    rules: APP_RULES,
    reset() {
      tools = [];
      checkers = new Map();
      said = new Set();
      declared = new Map();
    },
    message(ctx) {
      const a = ctx.answers;
      if (!a || ctx.msg.kind !== "response") return;
      if (a.method === "tools/list" && ctx.msg.result !== undefined) {
        const listed = arrayOr(asRecord(ctx.msg.result).tools).filter((t): t is Tool => isObject(t) && typeof t.name === "string");
        // A listing without a cursor starts over; its later pages add to it.
        tools = isObject(a.params) && a.params.cursor !== undefined ? [...tools, ...listed] : listed;
      }
      if (a.method !== "resources/read") return;
      const contents = arrayOr(asRecord(ctx.msg.result).contents);
      const first = contents[0];
      const uri =
        isObject(a.params) && typeof a.params.uri === "string"
          ? a.params.uri
          : isObject(first) && typeof first.uri === "string"
            ? first.uri
            : undefined;
      if (!uri?.startsWith("ui://")) return;
      const error = isObject(ctx.msg.error) ? String(ctx.msg.error.message ?? "error") : undefined;
      const findings = lintAppResource(uri, error !== undefined ? { error } : { result: ctx.msg.result });
      if (error === undefined) declared.set(uri, appResourceMetaOf(contentOf(ctx.msg.result, uri)).csp !== undefined);
      // The page reads an App's resource at each render: one finding per resource and problem.
      for (const f of findings)
        flag((r, seq, message, opts) => ctx.flag(r, message, opts), ctx.entry.seq, f, `${uri} ${f.rule} ${f.message}`);
    },
    other(entry, report) {
      if (entry.kind !== "app") return;
      const e = entry as AppEntry;
      if (e.cspViolation) {
        const v = e.cspViolation;
        // A library's feature probe (an empty function built, nothing run) is not the App's doing: no finding (issue 92).
        if (isEvalProbe(v)) return;
        const where = v.sourceFile ? ` (${v.sourceFile}${v.line ? `:${v.line}` : ""})` : "";
        // The host's own policy (eval, which no App can be allowed) is information, not the App's fault (issue 39 item 4).
        const hostPolicy = hostPolicyReason(v);
        // A load from another origin that the server never declared a CSP for: the App cannot work
        // in any host that enforces its CSP (issue 73: the published pizzaz examples render blank).
        const uri = appResourceUriOf(tools.find((t) => t.name === e.tool) ?? {});
        const load = blockedLoadOf(v);
        if (load && uri !== undefined && declared.get(uri) === false) {
          flag(report, e.seq, {
            rule: APP_RULE_IDS.cspViolation,
            severity: "error",
            message:
              `The App of ${e.tool} loaded ${load.url} from another origin, and its server declares no CSP for ${uri}: ` +
              `a host refuses it (${v.directive}). Declare ${load.origin} in openai/widgetCSP ${load.field.openai} or _meta.ui.csp.${load.field.field}${where}.`,
          });
          return;
        }
        flag(report, e.seq, {
          rule: APP_RULE_IDS.cspViolation,
          severity: hostPolicy ? "info" : "warning",
          message: hostPolicy
            ? `The App of ${e.tool} tried ${v.blockedUri}, which the host's CSP refuses${where}: ${hostPolicy}.`
            : `The App of ${e.tool} was refused by its CSP: ${v.directive} blocked ${v.blockedUri || "an inline resource"}${where}.`,
        });
        return;
      }
      let check = checkers.get(e.appId);
      if (!check) {
        if (checkers.size >= APPS_KEPT) checkers.delete(checkers.keys().next().value!);
        check = appMessageChecker(() => tools);
        checkers.set(e.appId, check);
      }
      for (const f of check({ n: e.seq, t: e.t, dir: e.dir, message: e.message })) flag(report, e.seq, f);
    },
  };
}
