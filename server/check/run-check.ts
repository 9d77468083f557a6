import type { Engine, EngineOptions } from "../engine";
import type { RecordStore } from "../record/store";
import { lintRecord } from "../../lib/lint";
import { sampleFor } from "../../lib/protocol/sample-args";
import { describeTarget } from "../../lib/target/target";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { visible } from "../../lib/text/visible";
import { connectHeadless, type HeadlessSession } from "../headless/connect";
import { listAll, type Listing } from "../headless/listing";
import { consistencyProbe } from "./list-consistency";
import { probeCancellation, probeInvalidToolArgs, probePing, probeUnknownMethod, type Era } from "./probes";
import { probeMissingResource, probeUnknownPrompt, probeUnknownTool } from "./probes-unknown";
import { groupFindings, linkProbesToFindings, summarize, type CheckReport, type ProbeResult } from "./result";
import { httpProbes } from "./probes-http";
import { probeAppResources } from "./probes-apps";
import { probeSkills } from "./probes-skills";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { probeCompletion, probePromptsGet, probeResourcesRead, probeSetLevel, probeSubscribe } from "./probes-features";
import { asRecord } from "../../lib/json/shape";
import type { SessionState } from "../../lib/session/state";

export interface CheckOptions {
  callTools: boolean;
  /** How the engine reaches the target (the test library's in-process servers). */
  engine?: EngineOptions;
  /** Progress lines (stderr on a terminal); silent in CI. */
  progress?: (line: string) => void;
}

const LISTS = [
  { capability: "tools", method: "tools/list", key: "tools" },
  { capability: "resources", method: "resources/list", key: "resources" },
  { capability: "resources", method: "resources/templates/list", key: "resourceTemplates" },
  { capability: "prompts", method: "prompts/list", key: "prompts" },
] as const;

/**
 * `inspector check`: connect, list everything (twice, following pagination), probe what every
 * server must do, call the tools it may call, then lint the whole record.
 */
export async function runCheck(
  session: HeadlessSession,
  opts: CheckOptions,
): Promise<{ report: CheckReport; record: RecordStore; state: SessionState }> {
  const target = session.target;
  // Progress names the server's tools on a terminal: escaped, as every output of check is.
  const say = (line: string) => opts.progress?.(visible(line));
  const report: CheckReport = {
    target: describeTarget(target),
    connected: false,
    listed: {},
    probes: [],
    findings: [],
    summary: summarize([], []),
  };
  say(`connecting to ${report.target}`);
  const { engine, record, state, release } = await connectHeadless("mcp-inspector-harness-check", session, opts.engine);
  /** The request the cancellation probe cancelled: check's own doing, never the server's to answer. */
  let cancelled: number | undefined;
  try {
    if (state.status !== "connected") {
      report.connectError = state.error?.message ?? "could not connect";
      report.connectErrorKind = state.error?.kind ?? "other";
      if (state.error?.httpStatus !== undefined) report.connectHttpStatus = state.error.httpStatus;
      return { report, record, state };
    }
    report.connected = true;
    report.protocolVersion = state.negotiated?.protocolVersion;
    // The engine negotiates (--protocol-era, auto by default): a 2026-07-28-only server is reached
    // with server/discover, and every probe below asks in the era it got.
    const era = state.negotiated?.era ?? "legacy";
    report.era = era;
    report.server = state.negotiated?.serverInfo as CheckReport["server"];
    const caps = state.negotiated?.serverCapabilities ?? {};
    const probes: ProbeResult[] = [];

    const listings: Record<string, Listing> = {};
    for (const l of LISTS) {
      if (!(l.capability in caps)) continue;
      say(`listing ${l.method}`);
      try {
        listings[l.key] = await listAll(engine, l.method, l.key);
        report.listed[l.key] = listings[l.key].items.length;
        probes.push(consistencyProbe(listings[l.key], await listAll(engine, l.method, l.key)));
      } catch (e) {
        probes.push({
          id: `list/${l.key}`,
          title: `${l.method} answers`,
          status: "fail",
          severity: "error",
          message: `${l.method} failed: ${(e as Error).message}`,
        });
      }
    }

    say("probing");
    probes.push(await probePing(engine, era));
    probes.push(await probeUnknownMethod(engine));
    const tools = listings.tools?.items ?? [];
    const mayCall = (t: Record<string, unknown>) => opts.callTools || asRecord(t.annotations).readOnlyHint === true;
    if ("tools" in caps)
      probes.push(await probeInvalidToolArgs(engine, tools, mayCall, opts.callTools), await probeUnknownTool(engine, era));
    if ("prompts" in caps) probes.push(await probeUnknownPrompt(engine, era));
    if ("resources" in caps) probes.push(await probeMissingResource(engine, era));
    const { cancelledSeq, ...cancellation } = await probeCancellation(
      engine,
      record,
      "tools" in caps ? "tools/list" : era === "modern" ? "server/discover" : "ping",
      era,
    );
    cancelled = cancelledSeq;
    probes.push(cancellation);
    probes.push(...(await featureProbes(engine, caps, listings, era, opts.callTools)));
    probes.push(...(await probeSkills(engine, caps)));
    if (target.transport === "http") {
      say("probing the HTTP transport");
      // With the token the flow got: a protected server's 401s would say nothing about its transport.
      probes.push(...(await httpProbes(target.url, { ...target.headers, ...engine.authorization.probeHeaders() }, era)));
    }

    if (tools.some((t) => appResourceUriOf(t))) {
      say("reading the App UIs");
      probes.push(...(await probeAppResources(engine, tools, new Set((listings.resources?.items ?? []).map((r) => String(r.uri))))));
    }

    for (const tool of tools.filter(mayCall)) {
      say(`calling ${tool.name}`);
      probes.push(await callWithSample(engine, tool));
    }
    report.probes = probes;
  } finally {
    await engine.close();
    release();
    // A connection that failed leaves its initialize unanswered: that is the failure already
    // reported, not a finding about the server's pairing.
    // Likewise the request the cancellation probe cancelled: over 2026-07-28 HTTP the engine
    // cancels by closing its stream, which leaves no notifications/cancelled in the record.
    report.findings = groupFindings(
      lintRecord(record.since(0)).filter((f) => f.rule !== "pairing/unanswered" || (report.connected && f.seq !== cancelled)),
    );
    report.probes = linkProbesToFindings(report.probes, report.findings);
    report.summary = summarize(report.probes, report.findings);
  }
  // The state after the close: what was negotiated, for a session file (check --save-session).
  return { report, record, state: engine.getState() };
}

/** The optional features the server declared, each asked what the conformance suite asks. */
async function featureProbes(
  engine: Engine,
  caps: Record<string, unknown>,
  listings: Record<string, Listing>,
  era: Era,
  callTools: boolean,
): Promise<ProbeResult[]> {
  const prompts = listings.prompts?.items ?? [];
  const resources = listings.resources?.items ?? [];
  const out: ProbeResult[] = [];
  if ("logging" in caps) out.push(await probeSetLevel(engine, era));
  if ("completions" in caps) out.push(await probeCompletion(engine, prompts, listings.resourceTemplates?.items ?? []));
  if (asRecord(caps.resources).subscribe === true) out.push(...(await probeSubscribe(engine, resources, era)));
  out.push(...(await probePromptsGet(engine, prompts, { canComplete: "completions" in caps, withArguments: callTools })));
  out.push(...(await probeResourcesRead(engine, resources)));
  return out;
}

/** Call a tool with arguments built from its inputSchema; protocol errors and outputSchema breaks fail. */
async function callWithSample(engine: Engine, tool: Record<string, unknown>): Promise<ProbeResult> {
  const name = String(tool.name);
  const args = (sampleFor(tool.inputSchema) ?? {}) as Record<string, unknown>;
  const base = {
    id: `tool-call/${name}`,
    title: `tools/call ${name} with sample arguments`,
    severity: "warning" as const,
    specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#calling-tools",
  };
  try {
    const out = await engine.callTool(name, args, { timeoutMs: 30_000 });
    if (out.error?.code === RpcErrorCode.MissingRequiredClientCapability) {
      // 2026-07-28: the tool needs input (elicitation, sampling, roots) from a capability check did
      // not declare, and -32021 is exactly what the server must answer then.
      return {
        ...base,
        status: "skip",
        message: `the tool needs a client capability check does not declare (-32021, the answer the 2026-07-28 spec requires: ${out.error.message})`,
      };
    }
    if (out.error)
      return { ...base, status: "fail", message: `error ${out.error.code}: ${out.error.message} (arguments ${JSON.stringify(args)})` };
    if (out.verdict && !out.verdict.valid && asRecord(out.result).isError !== true)
      return {
        ...base,
        status: "fail",
        severity: "error",
        seq: out.responseSeq,
        sameAs: "tools/structured-content",
        message: `structuredContent breaks the outputSchema: ${out.verdict.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`,
      };
    const isError = asRecord(out.result).isError === true;
    return {
      ...base,
      status: "pass",
      seq: out.responseSeq,
      message: `${isError ? "isError result" : "ok"} in ${out.durationMs.toFixed(0)} ms (arguments ${JSON.stringify(args)})`,
    };
  } catch (e) {
    return { ...base, status: "fail", message: (e as Error).message };
  }
}
