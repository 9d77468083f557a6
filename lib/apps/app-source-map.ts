import { APP_FRAMES_MAX, APP_FRAME_URL_MAX, type AppFrame, type MappedFrame } from "./app-frames";

export { APP_FRAMES_MAX, APP_FRAME_URL_MAX };
export type { AppFrame, AppSourceMapReply, MappedFrame, OriginalPlace } from "./app-frames";

/**
 * Source-mapped App error locations (issue 73): the frames of an App error's stack that name an
 * external script (`https://…/app.js:1:2345`), which the backend resolves through the script's
 * source map (server/bridge/app-source-maps.ts, the `app-source-map` command), and the stack shown with
 * each original place beside the bundle's. Everything here is the App's word: bounded, and only
 * ever shown as text.
 */

// An http(s) URL then :line:col, as V8, SpiderMonkey and JavaScriptCore write a frame.
const FRAME = /(https?:\/\/[^\s()"'<>]+?):(\d+):(\d+)/g;

/** The distinct external-script frames of a stack (and of the report's own place), at most APP_FRAMES_MAX. */
export function appFramesOf(stack: string | undefined, where?: { source?: string; line?: number; column?: number }): AppFrame[] {
  const out = new Map<string, AppFrame>();
  const add = (url: string, line: number, column: number) => {
    if (out.size >= APP_FRAMES_MAX || url.length > APP_FRAME_URL_MAX || !(line > 0) || !(column > 0)) return;
    if (!Number.isSafeInteger(line) || !Number.isSafeInteger(column)) return;
    out.set(`${url}:${line}:${column}`, { url, line, column });
  };
  if (where?.source && /^https?:\/\//.test(where.source) && where.line && where.column) add(where.source, where.line, where.column);
  for (const m of (stack ?? "").matchAll(FRAME)) add(m[1], Number(m[2]), Number(m[3]));
  return [...out.values()];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The distinct frames of a stack (and of the report's own place) in the App's own HTML, at most
 * APP_FRAMES_MAX: the reporter names them by the App's resource `uri` (`ui://x/app.html:12:5`,
 * lib/apps/app-errors.ts). An inline script's map resolves them (lib/apps/app-inline-maps.ts).
 */
export function inlineFramesOf(
  stack: string | undefined,
  where: { source?: string; line?: number; column?: number },
  uri: string,
): AppFrame[] {
  if (!uri || uri.length > APP_FRAME_URL_MAX) return [];
  const out = new Map<string, AppFrame>();
  const add = (line: number, column: number) => {
    if (out.size >= APP_FRAMES_MAX || !Number.isSafeInteger(line) || !Number.isSafeInteger(column) || line < 1 || column < 1) return;
    out.set(`${line}:${column}`, { url: uri, line, column });
  };
  if (where.source === uri && where.line && where.column) add(where.line, where.column);
  for (const m of (stack ?? "").matchAll(new RegExp(`${escapeRegExp(uri)}:(\\d+):(\\d+)`, "g"))) add(Number(m[1]), Number(m[2]));
  return [...out.values()];
}

// Any scheme's URL then :line:col: an external script's frame, or the App's own HTML's (ui://…).
const ANY_FRAME = /([a-z][a-z0-9+.-]*:\/\/[^\s()"'<>]+?):(\d+):(\d+)/gi;

/** "src/app.ts:20:1" */
export const placeText = (p: { source: string; line: number; column: number }) => `${p.source}:${p.line}:${p.column}`;

/** The stack with each mapped frame's original place written before its bundle place: "src/app.ts:20:1 (https://…/app.js:11:62)". */
export function mappedStackOf(stack: string, frames: readonly MappedFrame[]): string {
  const byPlace = new Map(frames.filter((f) => f.original).map((f) => [`${f.url}:${f.line}:${f.column}`, f.original!]));
  return stack.replace(ANY_FRAME, (whole: string) => {
    const o = byPlace.get(whole);
    return o ? `${placeText(o)} (${whole})` : whole;
  });
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Why the backend may not fetch this URL for an App, or undefined when it may: https, or http on
 * loopback, and an origin the App's CSP allows scripts and resources from (`allowed`: its
 * resourceDomains as declared, or as relaxed this session). A CSP source is an origin
 * (`https://cdn.example.com`) or a wildcard host (`https://*.example.com`); nothing wider counts.
 */
export function appFetchRefusal(url: string, allowed: readonly string[]): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "not a URL";
  }
  if (u.protocol !== "https:" && !(u.protocol === "http:" && LOOPBACK.has(u.hostname))) return "only https or loopback http is fetched";
  if (u.username || u.password) return "a URL with credentials is not fetched";
  const ok = allowed.some((source) => {
    const m = /^(https?):\/\/(\*\.)?([^/:*]+)(:\d+)?\/?$/.exec(source.trim().toLowerCase());
    if (!m || `${m[1]}:` !== u.protocol) return false;
    const port = m[4] ?? "";
    if (port !== (u.port ? `:${u.port}` : "")) return false;
    return m[2] ? u.hostname.endsWith(`.${m[3]}`) : u.hostname === m[3];
  });
  return ok ? undefined : `${u.origin} is not an origin the App's CSP allows scripts from`;
}
