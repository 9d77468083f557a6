import { PROOF_PATH, proofMessage } from "../lib/wire/proof";
import { asRecord } from "../lib/json/shape";

/** What the page asks before it sends its token: proved, refused (something else answers), or down. */
export type ProofOutcome = "proved" | "not-ours" | "down";

/** How the page asks (fetch) and where it is (its origin's port); tests pass their own. */
export interface ProofEnv {
  fetch(url: string, init: RequestInit): Promise<Pick<Response, "ok" | "json">>;
  /** The ports this server may own: the page's own, and the one the server named when it gave the token. */
  ports: number[];
  crypto: Pick<Crypto, "getRandomValues" | "subtle">;
}

/** Where the page keeps the port the server named with the token (this tab only, as the token). */
export function portKey(origin: string): string {
  return `mcp-inspector-port:${origin}`;
}

/**
 * Does the server on this page's port hold the page's token (issue 75)? The page sends a fresh
 * nonce, never the token; the server answers HMAC(token, port and nonce) and the page checks it
 * with the token it holds. A process that took the port after the inspector left (another local
 * account) cannot answer, and gets nothing; "down" is a port nobody answers on (try again later).
 */
export async function proveServer(token: string, env: ProofEnv = browserEnv()): Promise<ProofOutcome> {
  const nonce = hex(env.crypto.getRandomValues(new Uint8Array(32)));
  let body: Record<string, unknown>;
  try {
    const res = await env.fetch(`${PROOF_PATH}?nonce=${nonce}`, { cache: "no-store", credentials: "omit" });
    if (!res.ok) return "not-ours";
    body = asRecord(await res.json());
  } catch {
    return "down";
  }
  // The server names its own port (it differs from the page's behind a port forward); only a port the
  // page already knows counts: a squatter relaying the moved hub's proof names the hub's new port.
  const port = body.port;
  if (typeof port !== "number" || !env.ports.includes(port)) return "not-ours";
  const key = await env.crypto.subtle.importKey("raw", new TextEncoder().encode(token), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const expected = hex(new Uint8Array(await env.crypto.subtle.sign("HMAC", key, new TextEncoder().encode(proofMessage(port, nonce)))));
  return typeof body.proof === "string" && body.proof === expected ? "proved" : "not-ours";
}

function browserEnv(): ProofEnv {
  const own = Number(window.location.port || (window.location.protocol === "https:" ? 443 : 80));
  let named: number | undefined;
  try {
    named = Number(window.sessionStorage.getItem(portKey(window.location.origin))) || undefined;
  } catch {
    // storage disabled: the page's own port only
  }
  return { fetch: (url, init) => fetch(url, init), ports: named ? [own, named] : [own], crypto: window.crypto };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A token as a WebSocket subprotocol may carry it (lib/wire/proof.ts). */
export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
