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
import { describe, noAnswer, probeCancellation, probeInvalidToolArgs, probePing, probeUnknownMethod, type Era } from "./probes";
import { probeMissingResource, probeUnknownPrompt, probeUnknownTool } from "./probes-unknown";
import { gradeProbe, groupFindings, linkProbesToFindings, summarize, type CheckReport, type ProbeResult } from "./result";
import { RpcError } from "../engine/errors";
import { crashWatch } from "./crash";
import { httpProbes } from "./probes-http";
import { probeAppResources } from "./probes-apps";
import { probeSkills } from "./probes-skills";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { probeCompletion, probePromptsGet, probeResourcesRead, probeSetLevel, probeSubscribe } from "./probes-features";
import { asRecord } from "../../lib/json/shape";
import type { SessionState } from "../../lib/session/state";
import { maskKnown, maskStrings } from "./mask-known";

export interface CheckOptions {
  callTools: boolean;
  /** How the engine reaches the target (the test library's in-process servers). */
  engine?: EngineOptions;
  /** Progress lines (stderr on a terminal); silent in CI. */
  progress?: (line: string) => void;
}

/** How long check waits for a tool's answer (or its next progress notification): longer is a hang, an error. */
export const CHECK_TIMEOUT_MS = 10_000;

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
    }

    for (const tool of tools.filter(mayCall)) {
      say(`calling ${tool.name}`);
      await add(() => callWithSample(engine, tool));
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

/**
 * The words the SDKs put in the isError result they send instead of a structuredContent that
 * breaks the tool's outputSchema: TypeScript v1 ("MCP error -32602: Output validation error: …"),
 * v2 and Python ("Output validation error: …"), Java ("structuredContent does not match tool
 * outputSchema").
 */
const SDK_OUTPUT_REFUSAL = /\bOutput validation error\b|\bstructured ?content does not match\b.*\boutput ?schema\b/i;

/** The text of a result's first text block. */
function firstText(result: unknown): string {
  const content = asRecord(result).content;
  const text = Array.isArray(content) ? content.map((c) => asRecord(c).text).find((t) => typeof t === "string") : undefined;
  return typeof text === "string" ? text : "";
}

/**
 * Call a tool with arguments built from its inputSchema. The call should succeed: a JSON-RPC
 * error, a structuredContent that breaks the outputSchema (as sent, or as the SDK's isError in
 * its place), no answer within check's timeout and a crash are errors. -32602 is a warning: the
 * arguments are guessed, and the guess may be what is wrong. An isError result passes (the tool
 * may refuse guessed values).
 */
async function callWithSample(engine: Engine, tool: Record<string, unknown>): Promise<ProbeResult> {
  const name = String(tool.name);
  const args = (sampleFor(tool.inputSchema) ?? {}) as Record<string, unknown>;
  const base = {
    id: `tool-call/${name}`,
    title: `tools/call ${name} with sample arguments`,
    severity: "error" as const,
    level: "MUST" as const,
    specUrl: `${MCP}/server/tools#calling-tools`,
  };
  const shown = `(arguments ${JSON.stringify(args)})`;
  let out: Awaited<ReturnType<Engine["callTool"]>>;
  try {
    // A tool that reports progress is working, not hung: each notification restarts the wait.
    out = await engine.callTool(name, args, { timeoutMs: CHECK_TIMEOUT_MS, resetTimeoutOnProgress: true });
  } catch (e) {
    return noAnswer(base, `with ${JSON.stringify(args)}: ${describe(e)}`);
  }
  if (out.error?.code === RpcErrorCode.MissingRequiredClientCapability) {
    // 2026-07-28: the tool needs input (elicitation, sampling, roots) from a capability check did
    // not declare, and -32021 is exactly what the server must answer then.
    return {
      ...base,
      status: "skip",
      message: `the tool needs a client capability check does not declare (-32021, the answer the 2026-07-28 spec requires: ${out.error.message})`,
    };
  }
  if (out.error?.code === URL_ELICITATION_REQUIRED)
    return {
      ...base,
      status: "skip",
      message: `the tool asks for a URL elicitation first (-32042: ${out.error.message}), which check does not answer`,
    };
  if (out.error?.code === RpcErrorCode.InvalidParams)
    return {
      ...base,
      status: "fail",
      severity: "warning",
      level: "SHOULD",
      seq: out.responseSeq,
      message: `error -32602: ${out.error.message} ${shown}: arguments valid by the inputSchema were refused as invalid params; check guessed them, so the guess may be what is wrong (2025-11-25 asks for an isError result for input the tool rejects)`,
    };
  if (out.error)
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      message: `a JSON-RPC error where a result is due: error ${out.error.code}: ${out.error.message} ${shown}`,
    };
  const isError = asRecord(out.result).isError === true;
  const refusal = isError && tool.outputSchema !== undefined ? firstText(out.result) : "";
  if (SDK_OUTPUT_REFUSAL.test(refusal))
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      message: `structuredContent breaks the outputSchema: the SDK sent an isError result in its place: ${JSON.stringify(refusal.slice(0, 300))} ${shown}`,
    };
  if (out.verdict && !out.verdict.valid && !isError)
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      sameAs: "tools/structured-content",
      message: `structuredContent breaks the outputSchema: ${out.verdict.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`,
    };
  return {
    ...base,
    status: "pass",
    seq: out.responseSeq,
    message: `${isError ? "isError result" : "ok"} in ${out.durationMs.toFixed(0)} ms ${shown}`,
  };
}

/** MCP's URLElicitationRequired: the tool needs the person to visit a URL first. */
const URL_ELICITATION_REQUIRED = -32042;
