import { lintRecord, type Finding, type LintContext } from "../lint";
import type { SessionFile } from "./file";
import { asRecord } from "../json/shape";

/**
 * What the lint assumes of a recording: a recording that starts after its handshake still lints
 * against what was negotiated (the page's recording view and a page file agree).
 */
export function recordingLintContext(session: SessionFile): LintContext {
  const hasInitialize = session.entries.some((e) => e.kind === "message" && asRecord(e.message).method === "initialize");
  const n = session.negotiated;
  if (hasInitialize || !n) return {};
  return {
    clientCapabilities: n.clientCapabilities,
    serverCapabilities: n.serverCapabilities,
    protocolVersion: n.protocolVersion,
    initialized: true,
  };
}

/** The whole recording's findings, for a page file's Problems (its viewer compiles no schema: eval is outside its policy). */
export function recordingFindings(session: SessionFile): Finding[] {
  return lintRecord(session.entries, recordingLintContext(session));
}
