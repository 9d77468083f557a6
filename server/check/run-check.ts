import type { Engine, EngineOptions } from "../engine";
import type { RecordStore } from "../record/store";
import { lintRecord } from "../../lib/lint";
import { describeTarget } from "../../lib/target/target";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { visible } from "../../lib/text/visible";
import { connectHeadless, type HeadlessSession } from "../headless/connect";
import { listAll, type Listing } from "../headless/listing";
import { consistencyProbe } from "./list-consistency";
import { describe, noAnswer, probeCancellation, probeInvalidToolArgs, probePing, probeUnknownMethod, type Era } from "./probes";
import { probeMissingResource, probeUnknownPrompt, probeUnknownTool } from "./probes-unknown";
import { gradeProbe, groupFindings, linkProbesToFindings, summarize, type CheckReport, type ProbeResult } from "./result";
import { RpcError } from "../engine/errors";
import { crashWatch } from "./crash";
import { httpProbes } from "./probes-http";
import { probeAppHosts, probeAppResources } from "./probes-apps";
import { probeSkills } from "./probes-skills";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { probeCompletion, probePromptsGet, probeResourcesRead, probeSetLevel, probeSubscribe } from "./probes-features";
import { asRecord } from "../../lib/json/shape";
import type { SessionState } from "../../lib/session/state";
import { maskKnown, maskStrings } from "./mask-known";
import { callWithSample } from "./tool-call";

export interface CheckOptions {
  callTools: boolean;
  /**
   * How long a tool call may go without an answer or progress (`--request-timeout`; default
   * CHECK_TIMEOUT_MS). A tool whose work takes longer is not hung: the person said how long it may take.
   */
  toolCallMs?: number;
  /** How the engine reaches the target (the test library's in-process servers). */
  engine?: EngineOptions;
  /** Progress lines (stderr on a terminal); silent in CI. */
  progress?: (line: string) => void;
}

export { CHECK_TIMEOUT_MS } from "./tool-call";

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
  const run = await checkSession(session, opts);
  // The target's env and header values are no part of a report, however the server repeats them (red-team 7).
  return { ...run, report: maskStrings(run.report, maskKnown(session.target)) };
}

async function checkSession(
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

    // Each probe runs under the watch: the first one the server dies in quotes the stderr written
    // meanwhile (not an earlier line), and the ones after it are skipped, not failed again.
    const watch = crashWatch(engine, record);
    const add = async (run: () => Promise<ProbeResult | ProbeResult[]>) => probes.push(...(await watch.run(run)));

    const listings: Record<string, Listing> = {};
    for (const l of LISTS) {
      if (!(l.capability in caps)) continue;
      say(`listing ${l.method}`);
      await add(async () => {
        try {
          listings[l.key] = await listAll(engine, l.method, l.key);
          report.listed[l.key] = listings[l.key].items.length;
          return consistencyProbe(listings[l.key], await listAll(engine, l.method, l.key));
        } catch (e) {
          return listFailure(l.method, l.key, e);
        }
      });
    }

    say("probing");
    await add(() => probePing(engine, era));
    await add(() => probeUnknownMethod(engine));
    const tools = listings.tools?.items ?? [];
    const mayCall = (t: Record<string, unknown>) => opts.callTools || asRecord(t.annotations).readOnlyHint === true;
    if ("tools" in caps) {
      await add(() => probeInvalidToolArgs(engine, tools, mayCall, opts.callTools));
      await add(() => probeUnknownTool(engine, era));
    }
    if ("prompts" in caps) await add(() => probeUnknownPrompt(engine, era));
    if ("resources" in caps) await add(() => probeMissingResource(engine, era));
    await add(async () => {
      const { cancelledSeq, ...cancellation } = await probeCancellation(
        engine,
        record,
        "tools" in caps ? "tools/list" : era === "modern" ? "server/discover" : "ping",
        era,
      );
      cancelled = cancelledSeq;
      return cancellation;
    });
    await add(() => featureProbes(engine, caps, listings, era, opts.callTools));
    await add(() => probeSkills(engine, caps));
    if (target.transport === "http") {
      say("probing the HTTP transport");
      // With the token the flow got: a protected server's 401s would say nothing about its transport.
      await add(() => httpProbes(target.url, { ...target.headers, ...engine.authorization.probeHeaders() }, era));
    }

    if (tools.some((t) => appResourceUriOf(t))) {
      say("reading the App UIs");
      await add(() => probeAppResources(engine, tools, new Set((listings.resources?.items ?? []).map((r) => String(r.uri)))));
      say("judging each App by each host's rules");
      await add(() => probeAppHosts(engine, tools));
    }

    for (const tool of tools.filter(mayCall)) {
      say(`calling ${tool.name}`);
      await add(() => callWithSample(engine, record, tool, opts.toolCallMs));
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
    report.probes = linkProbesToFindings(report.probes, report.findings).map(gradeProbe);
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

/**
 * A listing that failed. resources/templates/list answered -32601 is the spec's MAY (a server
 * with resources need not offer templates): noted, not failed. Any other JSON-RPC error to a
 * list the server declared is a MUST broken; no answer at all is one too.
 */
function listFailure(method: string, key: string, e: unknown): ProbeResult {
  const base = {
    id: `list/${key}`,
    title: `${method} answers`,
    severity: "error" as const,
    level: "MUST" as const,
    specUrl: `${MCP}/server/${key === "tools" ? "tools" : key === "prompts" ? "prompts" : "resources"}`,
  };
  if (!(e instanceof RpcError)) return noAnswer(base, `${method} failed: ${describe(e)}`);
  if (key === "resourceTemplates" && e.rpc.code === RpcErrorCode.MethodNotFound)
    return {
      ...base,
      status: "pass",
      severity: "info",
      level: "MAY",
      message: `not offered (-32601 ${e.rpc.message}): resource templates are optional for a server with resources`,
    };
  return { ...base, status: "fail", message: `${method} failed: ${describe(e)}` };
}

const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";
