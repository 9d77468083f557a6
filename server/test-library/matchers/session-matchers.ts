import type { McpMatcherContext, McpMatcherResult, Severity } from "../types";
import { isSession, notA } from "./received";

const WORSE: Record<Severity, string> = { error: "error", warning: "warning or error", info: "any severity" };
/** Findings a message lists; the rest are counted. */
const MAX_LISTED = 20;

/** The session's live lint found nothing of `severity` (default info: nothing at all) or worse. */
export function toHaveNoFindings(this: McpMatcherContext, received: unknown, options: { severity?: Severity } = {}): McpMatcherResult {
  if (!isSession(received)) return { pass: this.isNot === true, message: () => notA("an McpSession", "toHaveNoFindings", received) };
  const severity = options.severity ?? "info";
  const found = received.findings({ severity });
  const name = received.serverInfo?.name ? ` of ${JSON.stringify(received.serverInfo.name)}` : "";
  const listed = found
    .slice(0, MAX_LISTED)
    .map((f) => `  ${f.rule} (${f.severity}) at seq ${f.seq}: ${f.message}`)
    .concat(found.length > MAX_LISTED ? [`  … and ${found.length - MAX_LISTED} more`] : [])
    .join("\n");
  return {
    pass: found.length === 0,
    message: () =>
      found.length === 0
        ? `expected the session${name} to have findings (${WORSE[severity]}), but the lint found none`
        : `expected the session${name} to have no findings (${WORSE[severity]}), but the lint found ${found.length}:\n${listed}`,
  };
}
