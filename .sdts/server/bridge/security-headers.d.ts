import type { ServerResponse } from "node:http";
/**
 * Headers on every response, refusals included: no other page may frame the inspector (a page
 * on another port of 127.0.0.1 framed it and two clicks ran a linked command), no type sniffing,
 * no referrer, and a policy that lets nothing load (API answers and errors need nothing).
 */
export declare const BASE_HEADERS: Readonly<Record<string, string>>;
/** Sets BASE_HEADERS on a response (a handler may then replace the CSP with the page's own). */
export declare function setBaseHeaders(res: ServerResponse): void;
/** The same headers as raw lines, for an upgrade refused before any HTTP response object exists. */
export declare function baseHeaderLines(): string;
/**
 * The page's policy: scripts only from this server and, inline, only the ones the static export
 * wrote (by hash; Next's bootstrap and flight data are inline). Connections only to this server
 * and its socket (`ws://` of the same host: older engines do not let 'self' cover ws:). Monaco's
 * workers are files beside the editor; its styles are injected at run time, hence inline styles.
 * No 'unsafe-inline' for scripts: markup that slipped into the DOM still could not run.
 */
export declare function pageCsp(host: string, scriptHashes: readonly string[]): string;
/** `sha256-…` of each inline `<script>` body in an HTML document (those with a src have none). */
export declare function inlineScriptHashes(html: string): string[];
