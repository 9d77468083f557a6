import { Client, ProtocolError, SdkError, SdkErrorCode, SdkHttpError } from "@modelcontextprotocol/client";
import type { ProtocolEraChoice } from "../../lib/target/target";
import type { ProtocolEra } from "../../lib/session/state";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import type { TappedTransport } from "./tap";
import { asRecord } from "../../lib/json/shape";

/** The revision the modern era speaks (the only one after the 2025 line, so far). */
export const MODERN_PROTOCOL_VERSION = "2026-07-28";

export interface HandshakeOptions {
  choice: ProtocolEraChoice;
  clientInfo: { name: string; version: string };
  /** What the client offers, in each era's form. */
  capabilities: { legacy: Record<string, unknown>; modern: Record<string, unknown> };
  tapped: TappedTransport;
  timeoutMs: number;
  /** The body of the last HTTP error response the target sent, when there was one (a 400's JSON-RPC error). */
  lastHttpErrorBody(): string | undefined;
  /** The protocolVersion the server's initialize result named, when it answered one. */
  answeredVersion(): unknown;
  /** A line for the timeline: the engine switches eras (the modern handshake follows at once), and why. */
  note(text: string): void;
  /** The SDK client's own errors (its protocol layer's, and the transport's it chains in). */
  onProtocolError(err: Error): void;
}

export interface Handshake {
  client: Client;
  tapped: TappedTransport;
  era: ProtocolEra;
}

/** The target refused the handshake for its protocol version; `supported` is what it named, if anything. */
export class ProtocolVersionRefused extends Error {
  constructor(
    message: string,
    readonly supported: string[],
  ) {
    super(message);
    this.name = "ProtocolVersionRefused";
  }
}

/**
 * Open the MCP session in the chosen era. auto sends `initialize` exactly as a 2025 client does,
 * so a 2025 server sees nothing new; only an answer no 2025 server gives (see versionRefusal)
 * switches to `server/discover`, on the same transport.
 */
export async function handshake(opts: HandshakeOptions): Promise<Handshake> {
  if (opts.choice === "modern") return open(opts, opts.tapped, "modern");
  try {
    return await open(opts, opts.tapped, "legacy");
  } catch (err) {
    const refusal = versionRefusal(err, opts.lastHttpErrorBody(), opts.answeredVersion());
    if (!refusal) throw err;
    if (opts.choice === "legacy") {
      throw new ProtocolVersionRefused(
        `the server refused initialize for its protocol version${refusal.supported.length ? ` (it supports ${refusal.supported.join(", ")})` : ""}: it speaks the 2026-07-28 era; --protocol-era auto or modern reaches it`,
        refusal.supported,
      );
    }
    opts.note(
      `the server refused initialize for its protocol version (${refusal.why}): switching to the ${MODERN_PROTOCOL_VERSION} era (server/discover)`,
    );
    return open(opts, opts.tapped.handOver(), "modern");
  }
}

async function open(opts: HandshakeOptions, tapped: TappedTransport, era: ProtocolEra): Promise<Handshake> {
  const client = new Client(opts.clientInfo, {
    capabilities: opts.capabilities[era],
    versionNegotiation: { mode: era === "modern" ? { pin: MODERN_PROTOCOL_VERSION } : "legacy" },
    // The engine fulfils input_required itself, through the person's queue.
    inputRequired: { autoFulfill: false },
  });
  client.onerror = opts.onProtocolError;
  await client.connect(tapped, { timeout: opts.timeoutMs });
  return { client, tapped, era };
}

/**
 * Why a failed `initialize` was a 2026-07-28 server refusing the 2025 handshake, if it was. Each
 * is an answer no 2025 server gives, so a 2025 server is never sent `server/discover`:
 * - the JSON-RPC error -32022 (over stdio, or in the body of an HTTP 400);
 * - an HTTP 400 carrying -32020, the 2026 header-mismatch code (the suite's stateless servers
 *   answer a 2025 initialize, which has no MCP-Protocol-Version header, with "Missing
 *   MCP-Protocol-Version header"), or a 400 whose body names 2026-07-28;
 * - -32601 for `initialize` itself: a server without initialize is no 2025 server;
 * - an initialize result naming 2026-07-28 (the SDK rejects it as a version it does not know).
 */
export function versionRefusal(
  err: unknown,
  httpBody: string | undefined,
  answered?: unknown,
): { why: string; supported: string[] } | undefined {
  if (err instanceof ProtocolError && err.code === RpcErrorCode.UnsupportedProtocolVersion) {
    return { why: `${err.code} ${err.message}`, supported: supportedOf(err.data) };
  }
  if (err instanceof ProtocolError && err.code === RpcErrorCode.MethodNotFound) {
    return { why: `${err.code}: it has no initialize method`, supported: [] };
  }
  if (answered === MODERN_PROTOCOL_VERSION) {
    return { why: `its initialize result names ${MODERN_PROTOCOL_VERSION}`, supported: [MODERN_PROTOCOL_VERSION] };
  }
  if (!(err instanceof SdkHttpError) || err.status !== 400 || !httpBody) return undefined;
  let body: { error?: { code?: unknown; message?: unknown; data?: unknown } } | undefined;
  try {
    body = JSON.parse(httpBody) as typeof body;
  } catch {
    body = undefined;
  }
  const e = body?.error;
  if (e?.code === RpcErrorCode.UnsupportedProtocolVersion || e?.code === RpcErrorCode.HeaderMismatch)
    return { why: `HTTP 400 with ${e.code} ${String(e.message ?? "")}`.trim(), supported: supportedOf(e.data) };
  if (httpBody.includes(MODERN_PROTOCOL_VERSION))
    return { why: `HTTP 400 naming ${MODERN_PROTOCOL_VERSION}`, supported: supportedOf(e?.data) };
  return undefined;
}

function supportedOf(data: unknown): string[] {
  const s = asRecord(data).supported;
  return Array.isArray(s) ? s.filter((v): v is string => typeof v === "string") : [];
}

/** True for the SDK's verdict that a pinned modern handshake found no 2026-07-28 server. */
export function isEraNegotiationFailure(err: unknown): err is SdkError {
  return err instanceof SdkError && err.code === SdkErrorCode.EraNegotiationFailed;
}
