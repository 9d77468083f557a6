import { AuthFlowError, networkReason } from "./errors";
import { readBodyBounded } from "../read-bounded";
import type { AllowedOrigins } from "./hosts";
import { bound, maskBody, maskHeaders, maskUrl } from "./mask";
import type { AuthEvent, AuthStep } from "../../lib/auth/steps";
import { asRecord } from "../../lib/json/shape";

/** What one step of the flow needs to talk HTTP: a fetch, a place to report, the allowed origins. */
export interface FlowContext {
  fetch: typeof fetch;
  report(event: AuthEvent): void;
  origins: AllowedOrigins;
  timeoutMs: number;
  /** Sent on discovery requests, as the SDK does (servers may vary metadata by version). */
  protocolVersion: string;
}

/** A response read whole (the flow's answers are small documents). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

/** Read at most this much of an answer: metadata and tokens are small, a runaway body is not. */
const MAX_READ = 1 << 20;

async function readBounded(res: Response): Promise<string> {
  return (await readBodyBounded(res, MAX_READ)).text;
}

/**
 * One HTTP exchange of the flow, reported (secrets masked) whether it succeeds or not. Redirects
 * are never followed here: a step that allows them follows them itself, checking each host.
 */
export async function exchange(
  ctx: FlowContext,
  step: AuthStep,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  ctx.origins.check(url, step);
  const method = init.method ?? "GET";
  const headers = new Headers(init.headers);
  const request = {
    method,
    url: maskUrl(url),
    headers: maskHeaders(headers),
    ...(init.body === undefined ? {} : { body: bound(maskBody(init.body, headers.get("content-type"))).body }),
  };
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let res: Response;
  let text: string;
  try {
    res = await ctx.fetch(url, { method, headers, body: init.body, redirect: "manual", signal: AbortSignal.timeout(ctx.timeoutMs) });
    text = await readBounded(res);
  } catch (e) {
    const reason = networkReason(e);
    ctx.report({ type: "exchange", step, request, error: reason, ms: ms() });
    throw new AuthFlowError(step, `${method} ${maskUrl(url)} failed: ${reason}`);
  }
  const masked = bound(recordable(text, res.headers.get("content-type")));
  ctx.report({ type: "exchange", step, request, response: { status: res.status, headers: maskHeaders(res.headers), ...masked }, ms: ms() });
  return { status: res.status, headers: res.headers, text, url };
}

/**
 * What a non-JSON answer shows of itself, in the record and in errors: its type and length only.
 * The flow reads JSON (and forms); a page it was pointed at (an internal admin page, a cloud
 * metadata endpoint) must not reach the person's terminal or the record through it (issue 38 item 4).
 */
export function notShown(text: string, contentType: string | null): string {
  return `${contentType ?? "no content type"}, ${text.length} characters, not shown: not JSON`;
}

/** The body as the record keeps it: JSON and forms with secrets masked; anything else by type and length. */
function recordable(text: string, contentType: string | null): string {
  if (text === "" || /x-www-form-urlencoded/i.test(contentType ?? "")) return maskBody(text, contentType);
  try {
    JSON.parse(text);
    return maskBody(text, contentType);
  } catch {
    return `[${notShown(text, contentType)}]`;
  }
}

/** The answer as a JSON object, or a clear error naming the step (HTML where JSON belongs, say). */
export function jsonObject(answer: Answer, step: AuthStep, what: string, spec?: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    throw new AuthFlowError(
      step,
      `${what} at ${answer.url} is not JSON (${notShown(answer.text, answer.headers.get("content-type"))})`,
      spec,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new AuthFlowError(step, `${what} at ${answer.url} is JSON but not an object`, spec);
  return parsed as Record<string, unknown>;
}

/** An OAuth error body ("invalid_grant: code expired") when there is one, else the status. */
export function oauthError(answer: Answer): string {
  try {
    const body = asRecord(JSON.parse(answer.text));
    if (typeof body.error === "string")
      return `${body.error}${typeof body.error_description === "string" ? `: ${body.error_description}` : ""} (HTTP ${answer.status})`;
  } catch {
    // Not JSON: the status, the type and the length; never the text (it may be any page).
    return `HTTP ${answer.status}${answer.text.trim() ? ` (${notShown(answer.text, answer.headers.get("content-type"))})` : ""}`;
  }
  return `HTTP ${answer.status}`;
}

/** The `error` code of an OAuth error body (use_dpop_nonce, invalid_grant...), when there is one. */
export function oauthErrorCode(answer: Answer): string | undefined {
  try {
    const error = asRecord(JSON.parse(answer.text)).error;
    return typeof error === "string" ? error : undefined;
  } catch {
    return undefined;
  }
}
