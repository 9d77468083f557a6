import { RpcError, type Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { invalidArgsFor } from "../../lib/protocol/sample-args";
import type { ProbeResult } from "./result";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord } from "../../lib/json/shape";

const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";
/** 2026-07-28 changelog: what that era removed (ping, logging/setLevel, resources/subscribe, sessions). */
export const MODERN_CHANGES = "https://modelcontextprotocol.io/specification/2026-07-28/changelog";

export type Era = "legacy" | "modern";

/** ping must be answered with an empty result (2025 era: 2026-07-28 removed ping). */
export async function probePing(engine: Engine, era: Era = "legacy"): Promise<ProbeResult> {
  const base = { id: "ping", title: "answers ping", severity: "error" as const, specUrl: `${MCP}/basic/utilities/ping` };
  if (era === "modern")
    return {
      ...base,
      status: "skip",
      specUrl: MODERN_CHANGES,
      message: "the 2026-07-28 era (this connection's) has no ping: it was removed with the initialize handshake",
    };
  try {
    const out = await engine.request("ping", undefined, { timeoutMs: 5000 });
    const empty = out.result && typeof out.result === "object" && Object.keys(out.result).filter((k) => k !== "_meta").length === 0;
    return {
      ...base,
      status: empty ? "pass" : "fail",
      severity: empty ? "error" : "warning",
      seq: out.responseSeq,
      message: empty ? `answered in ${out.durationMs.toFixed(1)} ms` : `answered with a non-empty result ${JSON.stringify(out.result)}`,
    };
  } catch (e) {
    return noAnswer(base, `ping failed: ${describe(e)}`);
  }
}

/** An unknown method must be rejected with -32601 Method not found. */
export async function probeUnknownMethod(engine: Engine): Promise<ProbeResult> {
  const base = {
    id: "unknown-method",
    title: "rejects an unknown method with -32601",
    severity: "error" as const,
    specUrl: "https://www.jsonrpc.org/specification#error_object",
  };
  try {
    const out = await engine.request("inspector/probe-unknown-method", {}, { timeoutMs: 5000 });
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      message: `answered an unknown method with a result: ${JSON.stringify(out.result).slice(0, 120)}`,
    };
  } catch (e) {
    if (e instanceof RpcError) {
      return e.rpc.code === RpcErrorCode.MethodNotFound
        ? { ...base, status: "pass", message: `-32601 ${e.rpc.message}` }
        : {
            ...base,
            status: "fail",
            message: `answered with error ${e.rpc.code} (${e.rpc.message}); JSON-RPC requires -32601 Method not found`,
          };
    }
    return noAnswer(base, `no answer: ${describe(e)}`);
  }
}

/**
 * tools/call with arguments that break the tool's inputSchema: a -32602 protocol error or a
 * result with isError (2025-11-25 prefers the latter, so a model can correct itself). Success is a
 * SHOULD broken, not a MUST: the spec says servers MUST validate tool inputs, but whether a left-out
 * argument is wrong is the tool's to say (it may fill a default), so a tool that accepts it is a
 * warning.
 */
export async function probeInvalidToolArgs(
  engine: Engine,
  tools: Array<Record<string, unknown>>,
  mayCall: (t: Record<string, unknown>) => boolean,
  callTools = false,
): Promise<ProbeResult> {
  const base = {
    id: "tool-invalid-arguments",
    title: "rejects tools/call arguments that break the inputSchema",
    severity: "warning" as const,
    level: "SHOULD" as const,
    specUrl: `${MCP}/server/tools#error-handling`,
  };
  const tool = tools.find((t) => mayCall(t) && invalidArgsFor(t.inputSchema));
  // With --call-tools every tool may be called: the readOnlyHint rule is not why none was.
  if (!tool)
    return {
      ...base,
      status: "skip",
      message: callTools
        ? "no tool has an inputSchema to break"
        : "no tool that may be called has an inputSchema to break (only readOnlyHint tools are called without --call-tools)",
    };
  const args = invalidArgsFor(tool.inputSchema)!;
  let out: Awaited<ReturnType<Engine["callTool"]>>;
  try {
    out = await engine.callTool(String(tool.name), args, { timeoutMs: 10_000 });
  } catch (e) {
    return noAnswer(base, `tools/call ${tool.name} failed: ${describe(e)}`);
  }
  if (out.error) {
    return out.error.code === RpcErrorCode.InvalidParams
      ? { ...base, status: "pass", message: `${tool.name} with ${JSON.stringify(args)}: -32602 ${out.error.message}` }
      : {
          ...base,
          status: "fail",
          severity: "warning",
          message: `${tool.name} with ${JSON.stringify(args)}: error ${out.error.code} (${out.error.message}); expected -32602 Invalid params or a result with isError`,
        };
  }
  const isError = asRecord(out.result).isError === true;
  return isError
    ? { ...base, status: "pass", seq: out.responseSeq, message: `${tool.name} with ${JSON.stringify(args)}: result with isError` }
    : {
        ...base,
        status: "fail",
        seq: out.responseSeq,
        message: `${tool.name} accepted ${JSON.stringify(args)}, which breaks its inputSchema, and reported success`,
      };
}

/**
 * Cancel a request right after sending it; the server must keep working (and should not answer
 * the cancelled request, though a fast answer may cross the notification: that is only noted).
 * Whether it still works is asked with ping, or in the 2026-07-28 era (no ping) with
 * server/discover, which every modern server implements. Over modern HTTP the engine cancels by
 * closing the request's stream, which the record does not show: `cancelledSeq` names the request.
 */
export async function probeCancellation(
  engine: Engine,
  record: RecordStore,
  method: string,
  era: Era = "legacy",
): Promise<ProbeResult & { cancelledSeq: number }> {
  const specUrl =
    era === "modern"
      ? "https://modelcontextprotocol.io/specification/2026-07-28/basic/patterns/cancellation"
      : `${MCP}/basic/utilities/cancellation`;
  const base = { id: "cancellation", title: "survives a cancelled request", severity: "error" as const, specUrl };
  const alive = era === "modern" ? "server/discover" : "ping";
  const ctl = new AbortController();
  const sent = engine.request(method, {}, { signal: ctl.signal }).catch(() => undefined);
  const cancelSeq = record.lastSeq;
  ctl.abort("probe: cancelled by inspector check");
  await sent;
  try {
    await engine.request(alive, era === "modern" ? {} : undefined, { timeoutMs: 5000 });
  } catch (e) {
    return { ...noAnswer(base, `after a cancelled ${method}, ${alive} failed: ${describe(e)}`), cancelledSeq: cancelSeq };
  }
  const answered = record.since(cancelSeq).some((e) => e.kind === "message" && e.pair?.seq === cancelSeq);
  return {
    ...base,
    cancelledSeq: cancelSeq,
    status: "pass",
    seq: cancelSeq,
    message: answered
      ? `still works; the cancelled ${method} was answered anyway (allowed when the answer crosses the cancellation)`
      : `still works; the cancelled ${method} was not answered`,
  };
}

/**
 * A request that got no answer at all (the server exited, the connection was cut, check's own
 * timeout passed): an error whatever the probe's level, since JSON-RPC 2.0 says the server MUST
 * reply to every request. runCheck adds the stderr written at an exit.
 */
export function noAnswer(base: Omit<ProbeResult, "status" | "message">, message: string): ProbeResult {
  return { ...base, status: "fail", severity: "error", level: "MUST", message };
}

export function describe(e: unknown): string {
  if (e instanceof RpcError) return `error ${e.rpc.code}: ${e.rpc.message}`;
  return e instanceof Error ? e.message : String(e);
}
