import { EngineError } from "./errors";
import { asRecord, isObject } from "../../lib/json/shape";

/**
 * The faults below MCP, by name: what the network or the server's process did to a request,
 * named the same way in every shell (the CLI's JSON envelope `code`, check's and replay's words,
 * the page). A fault is named as soon as it is known: a reset when the stream breaks, not when the
 * call's time limit runs out.
 */
export type FaultName =
  | "connection-refused"
  | "connection-reset"
  | "connection-closed"
  | "http-status"
  | "stream-cut"
  | "stream-stalled"
  | "stdin-unread"
  | "server-exited";

/** A network error's cause as Node reports it (fetch wraps it: `TypeError: fetch failed` with a `cause`). */
function causeCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; isObject(e) && depth < 5; depth++) {
    if (typeof e.code === "string") return e.code;
    e = e.cause;
  }
  return undefined;
}

function rawWords(err: unknown): string {
  const e = asRecord(err);
  const own = typeof e.message === "string" ? e.message : String(err);
  const causeMessage = asRecord(e.cause).message;
  const cause = typeof causeMessage === "string" && causeMessage !== own ? `: ${causeMessage}` : "";
  return own + cause;
}

/** What a network error did to the connection, by name and in words (undefined: not one we know). */
export function networkFault(err: unknown): { fault: FaultName; words: string } | undefined {
  const code = causeCode(err);
  const raw = rawWords(err);
  if (code === "ECONNREFUSED") return { fault: "connection-refused", words: `nothing is listening there (${raw})` };
  if (code === "ECONNRESET") return { fault: "connection-reset", words: `the server reset the connection (${raw})` };
  // undici's "other side closed", a write into a socket the other end closed.
  if (code === "UND_ERR_SOCKET" || code === "EPIPE" || /other side closed|terminated/i.test(raw))
    return { fault: "connection-closed", words: `the server closed the connection (${raw})` };
  return undefined;
}

/** An engine error that names its fault. */
export class FaultError extends EngineError {
  constructor(
    kind: ConstructorParameters<typeof EngineError>[0],
    message: string,
    readonly fault: FaultName,
    /** What was seen below MCP, alone (a time limit's message says it after its own words). */
    readonly seen?: string,
  ) {
    super(kind, message);
  }
}

/** The fault a request's failure names, if any. */
export function faultOf(err: unknown): FaultName | undefined {
  return err instanceof FaultError ? err.fault : undefined;
}

const statusWords = (status: number, statusText: unknown) =>
  `HTTP ${status}${typeof statusText === "string" && statusText ? ` ${statusText}` : ""}`;

/**
 * Why a request could not be written, or its POST failed: an HTTP error status is the server's
 * answer (it received the request), a refused connection means it was never sent, a reset or a
 * close means it was sent and no answer came.
 */
export function writeFailure(method: string, err: unknown): EngineError {
  const data = asRecord(asRecord(err).data);
  if (typeof data.status === "number") {
    const text = typeof data.text === "string" && data.text.trim() ? `: ${data.text.trim().slice(0, 500)}` : " (no body)";
    return new FaultError(
      "http-status",
      `the server received ${method} and answered ${statusWords(data.status, data.statusText)} instead of a JSON-RPC response${text}`,
      "http-status",
    );
  }
  const net = networkFault(err);
  if (net?.fault === "connection-refused")
    return new FaultError("send-failed", `${method} was not sent: the server cannot be reached: ${net.words}`, net.fault);
  if (net) return new FaultError("send-failed", `${method} got no answer: ${net.words} before answering it`, net.fault);
  return new EngineError("send-failed", `${method} was not sent: ${rawWords(err)}`);
}

/** The request's response stream ended without its answer: `cut` says how, when the HTTP tap saw it break. */
export function streamEnded(method: string, cut: { fault: FaultName; words: string } | undefined): EngineError {
  if (cut) return new FaultError("stream-ended", `${method} got no answer: ${cut.words}`, cut.fault);
  return new FaultError(
    "stream-ended",
    `${method} got no answer: the server ended the response stream of ${method} without answering it`,
    "stream-cut",
  );
}
