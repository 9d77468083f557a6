import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { sampleFor } from "../../lib/protocol/sample-args";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { asRecord } from "../../lib/json/shape";
import { describe, noAnswer } from "./probes";
import type { ProbeResult } from "./result";
import { exceptionOnStderr, resultText, sdkFailureText } from "./tool-failure";

const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";

/**
 * How long check waits for a tool's answer (or its next progress notification) unless
 * `--request-timeout` says: longer is a hang, an error.
 */
export const CHECK_TIMEOUT_MS = 10_000;

/** MCP's URLElicitationRequired: the tool needs the person to visit a URL first. */
const URL_ELICITATION_REQUIRED = -32042;

/**
 * stdout and stderr are two pipes: a traceback written before the answer may be read a moment
 * after it. As long as crash.ts waits for an exit's last stderr.
 */
const STDERR_SETTLE_MS = 100;

/**
 * Call a tool with arguments built from its inputSchema. The call should succeed: a JSON-RPC
 * error, a structuredContent that breaks the outputSchema (as sent, or as the SDK's isError in
 * its place), no answer within check's timeout and a crash are errors. -32602 is a warning: the
 * arguments are guessed, and the guess may be what is wrong. An isError result is the tool
 * failing on arguments its own schema accepts (issue 72): an error when the failure shows (an
 * exception on stderr at this call, or an SDK's words for a tool that raised), a warning
 * otherwise, its text quoted (the tool may be refusing a guessed value, as a note lookup refuses
 * a title it does not know).
 */
export async function callWithSample(
  engine: Engine,
  record: RecordStore,
  tool: Record<string, unknown>,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ProbeResult> {
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
  const before = record.lastSeq;
  let out: Awaited<ReturnType<Engine["callTool"]>>;
  try {
    // A tool that reports progress is working, not hung: each notification restarts the wait.
    out = await engine.callTool(name, args, { timeoutMs, resetTimeoutOnProgress: true });
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
  if (isError) return judgeToolError(base, out.responseSeq, name, tool, out.result, await stderrSince(record, before), shown);
  if (out.verdict && !out.verdict.valid)
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      sameAs: "tools/structured-content",
      message: `structuredContent breaks the outputSchema: ${out.verdict.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`,
    };
  return { ...base, status: "pass", seq: out.responseSeq, message: `ok in ${out.durationMs.toFixed(0)} ms ${shown}` };
}

/** The verdict on an isError answer to arguments the tool's inputSchema accepts (see callWithSample). */
function judgeToolError(
  base: Omit<ProbeResult, "status" | "message">,
  seq: number | undefined,
  name: string,
  tool: Record<string, unknown>,
  result: unknown,
  stderr: string[],
  shown: string,
): ProbeResult {
  const text = resultText(result);
  const said = JSON.stringify(text.slice(0, 300));
  const sdk = sdkFailureText(text, name, tool.outputSchema !== undefined);
  if (sdk?.kind === "output-schema")
    return {
      ...base,
      status: "fail",
      seq,
      message: `structuredContent breaks the outputSchema: the SDK sent an isError result in its place: ${said} ${shown}`,
    };
  const exception = exceptionOnStderr(stderr);
  if (exception)
    return {
      ...base,
      status: "fail",
      seq,
      message: `the tool failed on arguments its inputSchema accepts: isError ${said}, and a ${exception.runtime} exception on the server's stderr at this call: ${JSON.stringify(exception.quote)} ${shown}`,
    };
  if (sdk?.kind === "raised")
    return {
      ...base,
      status: "fail",
      seq,
      message: `the tool failed on arguments its inputSchema accepts: isError ${said}, ${sdk.sdk}'s answer for a tool that raised ${shown}`,
    };
  return {
    ...base,
    status: "fail",
    severity: "warning",
    level: "SHOULD",
    seq,
    message: `isError ${said} to arguments its inputSchema accepts ${shown}: check guessed the values, so the tool may be refusing the guess; no exception showed on stderr (--fail-on warning fails this)`,
  };
}

/** The stderr lines written since `seq`, read after a moment (see STDERR_SETTLE_MS). */
async function stderrSince(record: RecordStore, seq: number): Promise<string[]> {
  await new Promise((r) => setTimeout(r, STDERR_SETTLE_MS));
  return record.since(seq).flatMap((e) => (e.kind === "stderr" ? e.text.split("\n") : []));
}
