import { createHmac } from "node:crypto";
import { WS_TOKEN_PREFIX, proofMessage } from "../../lib/wire/proof";

/**
 * The server's side of lib/wire/proof.ts, apart from security.ts (which the command line's front
 * end loads): only the page's server and a joining tap need it.
 */

/** The server's proof that it holds `token`, for the page's nonce on this port. */
export function proofFor(token: string, port: number, nonce: string): string {
  return createHmac("sha256", token).update(proofMessage(port, nonce)).digest("hex");
}

/** The token a page's socket sends as a subprotocol (a browser's socket can send no header). */
export function socketTokenOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const protocols = headers["sec-websocket-protocol"];
  if (typeof protocols !== "string") return undefined;
  for (const p of protocols.split(",").map((s) => s.trim()))
    if (p.startsWith(WS_TOKEN_PREFIX)) return Buffer.from(p.slice(WS_TOKEN_PREFIX.length), "base64url").toString("utf8");
  return undefined;
}
