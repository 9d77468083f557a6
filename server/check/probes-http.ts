import type { ProbeResult } from "./result";
import { probeResumability } from "./probe-resume";
import { initialize, opening, send } from "./raw-http";
import { statelessProbes } from "./probes-stateless";
import { asRecord } from "../../lib/json/shape";

// Probes of the Streamable HTTP transport itself, sent below the SDK (./raw-http): a foreign
// Origin or Host (DNS rebinding), an ended session's id, a request without one. Each opens at
// most one session of its own and deletes it. In the 2026-07-28 era a probe opens with a raw
// `server/discover` (envelope and Mcp-Method header) instead of initialize, and the session and
// resumability probes are skipped: that era has neither (streamable-http, "Earlier Streamable
// HTTP Revisions": "None of these mechanisms are part of this revision").

const TRANSPORTS = "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports";
const MODERN_HTTP = "https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http";
export type Era = "legacy" | "modern";
const EVIL = "evil.example.com";
type RawReply = Awaited<ReturnType<typeof send>>;

/** Close a session a probe opened (servers may refuse DELETE with 405: fine). */
async function closeSession(url: URL, reply: RawReply | undefined, headers: Record<string, string>): Promise<void> {
  const id = reply?.headers["mcp-session-id"];
  if (typeof id !== "string") return;
  await send(url, "DELETE", { ...headers, "mcp-session-id": id }).catch(() => undefined);
}

const isLoopback = (host: string) => host === "localhost" || host === "[::1]" || host === "::1" || /^127\./.test(host);

/** A request from a foreign Origin must get 403 (transports: "Security Warning", a MUST). */
export async function probeOrigin(url: URL, headers: Record<string, string>, era: Era = "legacy"): Promise<ProbeResult> {
  const base = {
    id: "http-origin",
    title: "rejects a request from a foreign Origin (DNS rebinding) with 403",
    severity: "error" as const,
    specUrl: era === "modern" ? MODERN_HTTP : `${TRANSPORTS}#security-warning`,
  };
  const first = opening(era, 1);
  let reply: RawReply | undefined;
  try {
    reply = await send(url, "POST", { ...headers, ...first.headers, origin: `http://${EVIL}` }, first.body);
  } catch (e) {
    return { ...base, status: "fail", severity: "warning", message: `the request failed: ${(e as Error).message}` };
  } finally {
    await closeSession(url, reply, headers);
  }
  if (reply.status === 403) return { ...base, status: "pass", message: `Origin: http://${EVIL} got 403` };
  if (reply.status >= 200 && reply.status < 300) {
    return {
      ...base,
      status: "fail",
      message: `${methodOf(first.body)} with Origin: http://${EVIL} was accepted (${reply.status}): a web page on any site the person visits could drive this server; servers must check Origin and answer 403`,
    };
  }
  return {
    ...base,
    status: "fail",
    severity: "warning",
    message: `Origin: http://${EVIL} got ${reply.status}; the spec asks for 403 Forbidden`,
  };
}

/** A server on loopback should refuse a Host that is not its own: a rebound name reaches it as is. */
export async function probeHost(url: URL, headers: Record<string, string>, era: Era = "legacy"): Promise<ProbeResult> {
  const base = {
    id: "http-host",
    title: "a loopback server rejects a foreign Host header (DNS rebinding)",
    severity: "warning" as const,
    specUrl: era === "modern" ? MODERN_HTTP : `${TRANSPORTS}#security-warning`,
  };
  if (!isLoopback(url.hostname))
    return { ...base, status: "skip", message: `${url.hostname} is not a loopback address: a public server's Host is its own business` };
  const first = opening(era, 1);
  let reply: RawReply | undefined;
  try {
    reply = await send(url, "POST", { ...headers, ...first.headers, host: EVIL }, first.body);
  } catch (e) {
    return { ...base, status: "fail", message: `the request failed: ${(e as Error).message}` };
  } finally {
    await closeSession(url, reply, headers);
  }
  if (reply.status >= 400 && reply.status < 500) return { ...base, status: "pass", message: `Host: ${EVIL} got ${reply.status}` };
  return {
    ...base,
    status: "fail",
    message: `${methodOf(first.body)} with Host: ${EVIL} was answered ${reply.status}: a DNS name rebound to 127.0.0.1 reaches this server; check Host against the names it serves`,
  };
}

/**
 * Session ids: once a session is ended (DELETE), a request with its id must get 404 (a MUST:
 * the client then knows to start a new one); a request without an id, from a server that uses
 * sessions, should get 400. An id that was never issued is not judged: the spec speaks of ended
 * sessions, and servers differ (400 or 404) without either being wrong.
 */
export async function probeSessionIds(url: URL, headers: Record<string, string>): Promise<ProbeResult[]> {
  const ended = {
    id: "http-session-ended",
    title: "answers a request in an ended session with 404",
    severity: "error" as const,
    specUrl: `${TRANSPORTS}#session-management`,
  };
  const missing = {
    id: "http-session-missing",
    title: "answers a request without a session id with 400",
    severity: "warning" as const,
    specUrl: `${TRANSPORTS}#session-management`,
  };
  const ping = { jsonrpc: "2.0", id: 2, method: "ping" };
  const version = { "mcp-protocol-version": "2025-11-25" };
  try {
    const opened = await send(url, "POST", headers, initialize(1));
    const id = opened.headers["mcp-session-id"];
    if (typeof id !== "string") {
      const message = "the server issued no Mcp-Session-Id (a stateless server): nothing to check";
      return [
        { ...ended, status: "skip", message },
        { ...missing, status: "skip", message },
      ];
    }
    const without = await send(url, "POST", { ...headers, ...version }, ping);
    const results: ProbeResult[] = [
      without.status === 400
        ? { ...missing, status: "pass", message: "a request without an id got 400" }
        : {
            ...missing,
            status: "fail",
            message: `a request without Mcp-Session-Id got ${without.status}; a server that uses sessions should answer 400 Bad Request`,
          },
    ];
    const deleted = await send(url, "DELETE", { ...headers, ...version, "mcp-session-id": id });
    if (deleted.status === 405)
      return [{ ...ended, status: "skip", message: "the server does not let a client end its session (DELETE: 405)" }, ...results];
    const after = await send(url, "POST", { ...headers, ...version, "mcp-session-id": id }, ping);
    results.unshift(
      after.status === 404
        ? { ...ended, status: "pass", message: `after DELETE (${deleted.status}) the session's id got 404` }
        : {
            ...ended,
            status: "fail",
            message: `after DELETE answered ${deleted.status}, a request with the ended session's id got ${after.status}; the spec requires 404 Not Found (the client then starts a new session)`,
          },
    );
    return results;
  } catch (e) {
    const message = `the request failed: ${(e as Error).message}`;
    return [
      { ...ended, status: "fail", severity: "warning", message },
      { ...missing, status: "fail", message },
    ];
  }
}

/** The session and resumability probes, skipped: the 2026-07-28 era has no sessions and no resumable streams. */
function statelessSkips(): ProbeResult[] {
  const why = "the 2026-07-28 era (this connection's) has no sessions: nothing to check";
  const specUrl = `${MODERN_HTTP}#earlier-streamable-http-revisions`;
  return [
    {
      id: "http-session-ended",
      title: "answers a request in an ended session with 404",
      severity: "error",
      status: "skip",
      message: why,
      specUrl,
    },
    {
      id: "http-session-missing",
      title: "answers a request without a session id with 400",
      severity: "warning",
      status: "skip",
      message: why,
      specUrl,
    },
    {
      id: "http-resume",
      title: "resumes an SSE stream from Last-Event-ID (redelivers what was missed)",
      severity: "warning",
      status: "skip",
      message:
        "the 2026-07-28 era (this connection's) removed stream resumability (Last-Event-ID, event ids): a broken stream is re-issued as a new request",
      specUrl,
    },
  ];
}

/** Every HTTP probe for a Streamable HTTP target, in the era the connection negotiated. */
export async function httpProbes(url: string, headers: Record<string, string>, era: Era = "legacy"): Promise<ProbeResult[]> {
  const u = new URL(url);
  const security = [await probeOrigin(u, headers, era), await probeHost(u, headers, era)];
  if (era === "modern") return [...security, ...statelessSkips(), ...(await statelessProbes(url, headers))];
  return [...security, ...(await probeSessionIds(u, headers)), await probeResumability(u, headers)];
}

const methodOf = (body: unknown) => String(asRecord(body).method);
