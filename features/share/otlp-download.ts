import type { SessionFile } from "../../lib/session/file";
import { sessionFileName } from "../../lib/session/shared";
import { otlpJson } from "../../lib/otel/otlp-json";
import { spansOfEntries } from "../../lib/otel/spans";
import { boundSpan, DEFAULT_LIMITS } from "../../lib/otel/limits";

/**
 * The reviewed session (already redacted: what the person chose to share) as OTLP/JSON, the
 * same spans `inspector export --otlp` writes, for `curl --data-binary @file …/v1/traces`; each
 * string cut to the default limit, so a collector takes the file (a 25 MB error message would not).
 */
export function sessionOtlpJson(session: SessionFile): string {
  return JSON.stringify(
    otlpJson(
      spansOfEntries(session.entries).map((d) => boundSpan(d, DEFAULT_LIMITS)),
      { serviceName: "mcp-inspector-harness", version: session.inspectorVersion },
    ),
  );
}

export const otlpFileName = (session: SessionFile): string => sessionFileName(session).replace(/\.mcp-session\.json$/, "") + ".otlp.json";
