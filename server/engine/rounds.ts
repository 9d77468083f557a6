import type { NewEntry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";
import type { RequestOutcome } from "../../lib/wire/outcomes";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import type { Connection } from "./connection";
import { EngineError, RpcError } from "./errors";
import { gatherInput, isInputRequired, MAX_INPUT_ROUNDS } from "./input-required";
import type { RequestHandle, RequestOptions, Settled } from "./requests";

/** One request as first sent: what a round sends again. */
export interface FirstRound {
  method: string;
  params: Record<string, unknown> | undefined;
  opts: RequestOptions;
  first: RequestHandle;
}

/** What later rounds need of the engine: one object per engine, not one per request. */
export interface RoundHooks {
  /** Read tools/list (a -32020 for a tool whose Mcp-Param headers were not known yet). */
  relist(): Promise<unknown>;
  /** False once the connection is no longer the engine's. */
  current(conn: Connection): boolean;
  /** A failure of `method` in words (the server died, say). */
  explain(conn: Connection, err: unknown, method: string): Error;
}

/**
 * Wait for a request's last word. An `input_required` result (2026-07-28) is answered through the
 * person and the request sent again, each retry naming the first request's seq; a -32020 for a
 * tool not yet listed reads the list and sends it again, once.
 */
export function settleRounds(conn: Connection, req: FirstRound, hooks: RoundHooks): Promise<Settled> {
  // Most requests end in their first round: settled here, without the loop's async frame and
  // its awaits on every request (bench figure 9.2 counts them per call; see laterRounds).
  return req.first.outcome.then(
    (settled) => (isLastRound(conn, settled) ? settled : laterRounds(conn, req, hooks, Promise.resolve(settled))),
    (err: unknown) => laterRounds(conn, req, hooks, Promise.reject(err)),
  );
}

/** True when a round's answer is the request's last word (no input asked for). */
function isLastRound(conn: Connection, settled: Settled): boolean {
  return conn.era !== "modern" || !isInputRequired(asRecord(settled.response.message).result);
}

/** The rounds from the first one's outcome on (the loop settleRounds skips for a one-round request). */
async function laterRounds(conn: Connection, req: FirstRound, hooks: RoundHooks, firstOutcome: Promise<Settled>): Promise<Settled> {
  const { method, params, opts, first } = req;
  const again = (p: Record<string, unknown> | undefined) =>
    conn.requests.start(method, p, conn.spec.timeouts.requestMs, { ...opts, retryOf: first.requestSeq });
  let handle = first;
  let relisted = false;
  for (let round = 0; ; round++) {
    let settled: Settled;
    try {
      settled = await (round === 0 ? firstOutcome : handle.outcome);
    } catch (err) {
      if (relisted || !needsToolList(conn, method, params, err)) throw hooks.explain(conn, err, method);
      relisted = true;
      await hooks.relist().catch(() => undefined);
      handle = again(params);
      continue;
    }
    const result = asRecord(settled.response.message).result;
    if (conn.era !== "modern" || !isInputRequired(result)) return settled;
    if (round >= MAX_INPUT_ROUNDS)
      throw new EngineError(
        "invalid-response",
        `${method}: the server still asked for input after ${MAX_INPUT_ROUNDS} rounds (entry #${settled.response.seq}); the inspector stopped retrying`,
      );
    const input = await gatherInput(result, conn.held, { requestSeq: first.requestSeq, responseSeq: settled.response.seq });
    if ("error" in input)
      throw new EngineError(
        "cancelled",
        `${method}: the input the server asked for was not given (${input.error.message}); the request was not retried`,
      );
    if (!hooks.current(conn))
      throw new EngineError("closed", `${method}: the connection ended before the request could be retried with its input`);
    const { requestState: _oldState, inputResponses: _oldInput, ...base } = params ?? {};
    handle = again({ ...base, ...input.retryParams });
  }
}

/** A -32020 (headers disagree with the body) to a modern tools/call of a tool not yet listed. */
function needsToolList(conn: Connection, method: string, params: Record<string, unknown> | undefined, err: unknown): boolean {
  return (
    conn.era === "modern" &&
    method === "tools/call" &&
    err instanceof RpcError &&
    err.rpc.code === RpcErrorCode.HeaderMismatch &&
    !conn.tools.has(String(params?.name))
  );
}

/** 2025 methods with no 2026-07-28 wire form, and what takes their place. */
const NOT_ON_MODERN_WIRE: Record<string, string> = {
  "logging/setLevel": "the level is sent in each request's _meta (io.modelcontextprotocol/logLevel)",
  ping: "a 2026-07-28 server answers any request; send server/discover to check it is there",
};

export function notOnModernWire(method: string): boolean {
  return Object.hasOwn(NOT_ON_MODERN_WIRE, method);
}

/**
 * A 2025 method the 2026-07-28 wire does not have, answered here instead of sent: the log level
 * goes in each request's `_meta` from now on; ping has no replacement (it fails, saying so).
 */
export function answerLocally(
  conn: Connection,
  method: string,
  params: Record<string, unknown> | undefined,
  append: (e: NewEntry) => { seq: number },
): [{ requestSeq: number }, Promise<RequestOutcome>] {
  const level = method === "logging/setLevel" ? params?.level : undefined;
  if (typeof level === "string") conn.setLogLevel(level);
  const note = append({
    kind: "lifecycle",
    event: "note",
    text: `${method} is not on the 2026-07-28 wire: ${NOT_ON_MODERN_WIRE[method]}${typeof level === "string" ? ` (now "${level}")` : ""}; nothing was sent`,
  });
  const outcome =
    method === "logging/setLevel" && typeof level === "string"
      ? Promise.resolve({ result: {}, requestSeq: note.seq, durationMs: 0 })
      : Promise.reject(new EngineError("not-in-era", `${method} is not part of the 2026-07-28 protocol: ${NOT_ON_MODERN_WIRE[method]}`));
  return [{ requestSeq: note.seq }, outcome];
}
