import type { SessionFile } from "../../lib/session/file";
import { sessionFileName } from "../../lib/session/shared";
import { otlpJson } from "../../lib/otel/otlp-json";
import { spansOfEntries } from "../../lib/otel/spans";

/**
 * The reviewed session (already redacted: what the person chose to share) as OTLP/JSON, the
 * same spans `inspector export --otlp` writes, for `curl --data-binary @file …/v1/traces`.
 */
export function sessionOtlpJson(session: SessionFile): string {
  return JSON.stringify(
    otlpJson(spansOfEntries(session.entries), { serviceName: "mcp-inspector-harness", version: session.inspectorVersion }),
  );
}

export const otlpFileName = (session: SessionFile): string => sessionFileName(session).replace(/\.mcp-session\.json$/, "") + ".otlp.json";
