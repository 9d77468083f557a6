import { RpcError, type Engine } from "../engine";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { describe, noAnswer, type Era } from "./probes";
import type { ProbeResult } from "./result";
import { asRecord } from "../../lib/json/shape";

// Asking for a tool, prompt or resource the server does not have. The method exists, so -32601
// Method not found is the one wrong answer a client acts on: it reads as "this server has no
// tools/call (prompts/get, resources/read)" and stops asking. That is a finding; another code
// than the spec's is only noted. Each is a SHOULD: the spec's Error Handling sections say servers
// SHOULD return these errors (its codes are examples), so a failure is a warning, never an error
// (no answer at all is: see noAnswer).

const MCP = "https://modelcontextprotocol.io/specification/2025-11-25";
const MODERN = "https://modelcontextprotocol.io/specification/2026-07-28";
const TIMEOUT = { timeoutMs: 5000 };
const NO_SUCH = "inspector-probe-no-such-name";

type Base = Omit<ProbeResult, "status" | "message">;

/** The verdict on an error answer: the expected code passes, -32601 fails (warning), any other code passes with a note. */
function judgeError(
  base: Base,
  rpc: { code: number; message: string },
  seq: number | undefined,
  expected: number,
  what: string,
  spec: string,
): ProbeResult {
  const code = `error ${rpc.code} (${rpc.message})`;
  if (rpc.code === expected) return { ...base, seq, status: "pass", message: `${expected} ${rpc.message}` };
  if (rpc.code === RpcErrorCode.MethodNotFound) {
    return {
      ...base,
      seq,
      status: "fail",
      severity: "warning",
      message: `${code}: -32601 says the method does not exist, but only the ${what} does not; ${spec}`,
    };
  }
  return { ...base, seq, status: "pass", severity: "info", message: `${code}; ${spec}` };
}

/**
 * tools/call of a tool that is not listed. 2025-11-25 (server/tools, Error Handling) lists unknown
 * tools among protocol errors, -32602 in its example; an isError result is common (SDKs turn any
 * handler error into one) and only noted.
 */
export async function probeUnknownTool(engine: Engine, era: Era = "legacy"): Promise<ProbeResult> {
  const base: Base = {
    id: "unknown-tool",
    title: "rejects tools/call of a tool it does not have",
    severity: "warning",
    level: "SHOULD",
    specUrl: `${era === "modern" ? MODERN : MCP}/server/tools#error-handling`,
  };
  const spec = "the spec lists an unknown tool among protocol errors, -32602 Invalid params in its example";
  let called: Awaited<ReturnType<Engine["callTool"]>>;
  try {
    called = await engine.callTool(NO_SUCH, {}, TIMEOUT);
  } catch (e) {
    return noAnswer(base, `no answer: ${describe(e)}`);
  }
  if (called.error) return judgeError(base, called.error, called.responseSeq, RpcErrorCode.InvalidParams, "tool", spec);
  const isError = asRecord(called.result).isError === true;
  return isError
    ? { ...base, seq: called.responseSeq, status: "pass", severity: "info", message: `a result with isError; ${spec}` }
    : {
        ...base,
        seq: called.responseSeq,
        status: "fail",
        severity: "warning",
        message: `answered a call of ${NO_SUCH}, which it does not list, with a successful result`,
      };
}

/** prompts/get of a prompt that is not listed: "Invalid prompt name: -32602 (Invalid params)" (server/prompts, Error Handling). */
export async function probeUnknownPrompt(engine: Engine, era: Era = "legacy"): Promise<ProbeResult> {
  const base: Base = {
    id: "unknown-prompt",
    title: "rejects prompts/get of a prompt it does not have",
    severity: "warning",
    level: "SHOULD",
    specUrl: `${era === "modern" ? MODERN : MCP}/server/prompts#error-handling`,
  };
  return askForMissing(
    engine,
    base,
    "prompts/get",
    { name: NO_SUCH },
    RpcErrorCode.InvalidParams,
    "prompt",
    "the spec names -32602 Invalid params for an invalid prompt name",
  );
}

/**
 * Reading a resource that does not exist must be an error: -32002 Resource not found in 2025-11-25,
 * -32602 Invalid params from 2026-07-28 on (its changelog moved the code to JSON-RPC's).
 */
export async function probeMissingResource(engine: Engine, era: Era = "legacy"): Promise<ProbeResult> {
  const base: Base = {
    id: "resource-not-found",
    title: "returns an error for a resource that does not exist",
    severity: "warning",
    level: "SHOULD",
    specUrl: `${era === "modern" ? MODERN : MCP}/server/resources#error-handling`,
  };
  const uri = `inspector-probe://does-not-exist/${Date.now()}`;
  const expected = era === "modern" ? RpcErrorCode.InvalidParams : -32002;
  const spec = era === "modern" ? "the 2026-07-28 spec uses -32602 Invalid params" : "the spec suggests -32002 Resource not found";
  return askForMissing(engine, base, "resources/read", { uri }, expected, "resource", spec);
}

async function askForMissing(
  engine: Engine,
  base: Base,
  method: string,
  params: Record<string, unknown>,
  expected: number,
  what: string,
  spec: string,
): Promise<ProbeResult> {
  try {
    const out = await engine.request(method, params, TIMEOUT);
    return {
      ...base,
      status: "fail",
      seq: out.responseSeq,
      message: `${method} ${JSON.stringify(params)} returned a result instead of an error`,
    };
  } catch (e) {
    if (!(e instanceof RpcError)) return noAnswer(base, `no answer: ${describe(e)}`);
    return judgeError(base, e.rpc, e.response?.seq, expected, what, spec);
  }
}
