import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";

/**
 * Headers on every response, refusals included: no other page may frame the inspector (a page
 * on another port of 127.0.0.1 framed it and two clicks ran a linked command), no type sniffing,
 * no referrer, and a policy that lets nothing load (API answers and errors need nothing).
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** Sets BASE_HEADERS on a response (a handler may then replace the CSP with the page's own). */
export function setBaseHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
}

/** The same headers as raw lines, for an upgrade refused before any HTTP response object exists. */
export function baseHeaderLines(): string {
  return Object.entries(BASE_HEADERS)
    .map(([n, v]) => `${n}: ${v}\r\n`)
    .join("");
}

/**
 * The page's policy: scripts only from this server and, inline, only the ones the static export
 * wrote (by hash; Next's bootstrap and flight data are inline). Connections only to this server
 * and its socket (`ws://` of the same host: older engines do not let 'self' cover ws:). Monaco's
 * workers are files beside the editor; its styles are injected at run time, hence inline styles.
 * No 'unsafe-inline' for scripts: markup that slipped into the DOM still could not run.
 */
export function pageCsp(host: string, scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval': Ajv compiles each tool's JSON Schema into a function with new Function
    // (lib/protocol/output-verdict.ts, the schema form); an interpreting validator would drop it.
    `script-src 'self' 'unsafe-eval'${scriptHashes.map((h) => ` '${h}'`).join("")}`,
    // Monaco starts each worker from a blob: that imports the worker file from here.
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // An audio content block or resource blob plays from a data: URL, as an image shows from one.
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** `sha256-…` of each inline `<script>` body in an HTML document (those with a src have none). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]) || m[2] === "") continue;
    hashes.add(`sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}`);
  }
  return [...hashes];
}
