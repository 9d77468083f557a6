import type { ProbeResult } from "./result";
import { MODERN_VERSION, open } from "./raw-http";
import { asRecord } from "../../lib/json/shape";

// The 2026-07-28 era's stateless rules over Streamable HTTP, probed below the SDK (a well-behaved
// client never sends a header that disagrees with its body): what the conformance suite 0.2's
// server leg asks in server-stateless and http-header-validation. Each request is one POST with
// the `_meta` envelope, so a modern server judges it; only run when the connection is modern.

const MODERN = "https://modelcontextprotocol.io/specification/2026-07-28";
const HTTP = `${MODERN}/basic/transports/streamable-http`;
const SPEC = {
  headers: `${HTTP}#standard-request-headers`,
  version: `${HTTP}#protocol-version-header`,
  removed: `${MODERN}/changelog`,
  errorId: "https://www.jsonrpc.org/specification#response_object",
};
const CLIENT = { name: "mcp-inspector-harness-check-probe", version: "0" };

interface Answer {
  status: number;
  /** The JSON-RPC message that answered (the body, or the last event of an SSE body). */
  message: Record<string, unknown>;
  /** The stream's `retry` field, when the answer was an SSE stream that had one. */
  retry?: number;
  sse: boolean;
}

/** One modern POST: the envelope in `_meta`, the headers that mirror it, then `headers` over them (undefined drops one). */
async function ask(
  url: URL,
  base: Record<string, string>,
  id: number,
  method: string,
  headers: Record<string, string | undefined> = {},
  version = MODERN_VERSION,
): Promise<Answer> {
  const _meta = {
    "io.modelcontextprotocol/protocolVersion": version,
    "io.modelcontextprotocol/clientInfo": CLIENT,
    "io.modelcontextprotocol/clientCapabilities": {},
  };
  const all: Record<string, string | undefined> = { ...base, "mcp-protocol-version": version, "mcp-method": method, ...headers };
  const sent = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
  const stream = await open(url, "POST", sent, { jsonrpc: "2.0", id, method, params: { _meta } });
  const sse = String(stream.headers["content-type"] ?? "").includes("text/event-stream");
  if (!sse) {
    const text = await stream.text();
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      message = undefined;
    }
    return { status: stream.status, message: asRecord(message), sse };
  }
  const events = await stream.events((e) => {
    try {
      return asRecord(JSON.parse(e.data)).id === id;
    } catch {
      return false;
    }
  });
  const retry = events.find((e) => e.retry !== undefined)?.retry;
  let last: unknown;
  for (const e of events) {
    try {
      last = JSON.parse(e.data);
    } catch {
      // a priming event (empty data) or a comment
    }
  }
  return { status: stream.status, message: asRecord(last), retry, sse };
}

/** What an error answer must be: this status, this JSON-RPC code, the request's id. Undefined when it is. */
function wrongError(a: Answer, id: number, status: number, code: number): string | undefined {
  const error = asRecord(a.message.error);
  const got =
    error.code === undefined ? (a.message.result !== undefined ? "a result" : "no JSON-RPC error") : `error ${String(error.code)}`;
  const problems: string[] = [];
  if (a.status !== status) problems.push(`HTTP ${a.status}, not ${status}`);
  if (error.code !== code) problems.push(`${got}, not ${code}`);
  else if (a.message.id !== id) problems.push(`the error's id is ${JSON.stringify(a.message.id ?? null)}, not the request's ${id}`);
  return problems.length ? problems.join("; ") : undefined;
}

type Case = {
  id: string;
  title: string;
  specUrl: string;
  severity: "error" | "warning";
  run(url: URL, h: Record<string, string>): Promise<string | undefined>;
  pass: string;
};

const CASES: Case[] = [
  {
    id: "modern-header-mismatch",
    title: "rejects a request whose Mcp-Method header disagrees with its body: HTTP 400, -32020",
    specUrl: SPEC.headers,
    severity: "error",
    pass: "tools/list sent with Mcp-Method: prompts/list got 400 and -32020 with the request's id",
    run: async (url, h) => wrongError(await ask(url, h, 9001, "tools/list", { "mcp-method": "prompts/list" }), 9001, 400, -32020),
  },
  {
    id: "modern-version-header-missing",
    title: "rejects a request without MCP-Protocol-Version: HTTP 400, -32020",
    specUrl: SPEC.version,
    severity: "error",
    pass: "tools/list without MCP-Protocol-Version got 400 and -32020 with the request's id",
    run: async (url, h) => wrongError(await ask(url, h, 9002, "tools/list", { "mcp-protocol-version": undefined }), 9002, 400, -32020),
  },
  {
    id: "modern-unsupported-version",
    title: "rejects a version it does not speak: HTTP 400, -32022 naming what it supports",
    specUrl: SPEC.version,
    severity: "error",
    pass: "tools/list at 2099-01-01 got 400 and -32022 with data.supported",
    run: async (url, h) => {
      const a = await ask(url, h, 9003, "tools/list", {}, "2099-01-01");
      const wrong = wrongError(a, 9003, 400, -32022);
      if (wrong) return wrong;
      return Array.isArray(asRecord(asRecord(a.message.error).data).supported) ? undefined : "the -32022 error has no data.supported list";
    },
  },
  {
    id: "modern-removed-method",
    title: "answers a method the 2026-07-28 era removed (ping) with HTTP 404 and -32601",
    specUrl: SPEC.removed,
    severity: "error",
    pass: "ping got 404 and -32601 with the request's id",
    run: async (url, h) => wrongError(await ask(url, h, 9004, "ping"), 9004, 404, -32601),
  },
];

/**
 * The stateless rules of a 2026-07-28 server over Streamable HTTP (see the header comment), and
 * whether an SSE answer carries `retry` (a SHOULD: the client's reconnection delay).
 */
export async function statelessProbes(url: string, headers: Record<string, string>): Promise<ProbeResult[]> {
  const u = new URL(url);
  const out: ProbeResult[] = [];
  for (const c of CASES) {
    const base = { id: c.id, title: c.title, severity: c.severity, specUrl: c.specUrl };
    try {
      const wrong = await c.run(u, headers);
      out.push(wrong ? { ...base, status: "fail", message: wrong } : { ...base, status: "pass", message: c.pass });
    } catch (e) {
      out.push({ ...base, status: "fail", severity: "warning", message: `the request failed: ${(e as Error).message}` });
    }
  }
  out.push(await probeSseRetry(u, headers));
  return out;
}

/** An SSE answer SHOULD carry `retry` (how long a client waits before it re-issues a broken request). */
async function probeSseRetry(url: URL, headers: Record<string, string>): Promise<ProbeResult> {
  const base = {
    id: "modern-sse-retry",
    title: "an SSE answer carries the retry field",
    severity: "warning" as const,
    specUrl: `${HTTP}#sending-messages-to-the-server`,
  };
  try {
    const a = await ask(url, { ...headers, accept: "text/event-stream, application/json" }, 9005, "tools/list");
    if (!a.sse)
      return {
        ...base,
        status: "skip",
        message: "this server answers the 2026-07-28 era's tools/list with JSON, not a stream: no retry field to judge",
      };
    return a.retry !== undefined
      ? { ...base, status: "pass", message: `tools/list's stream set retry: ${a.retry}` }
      : { ...base, status: "fail", message: "tools/list was answered with an SSE stream without a retry field" };
  } catch (e) {
    return { ...base, status: "fail", message: `the request failed: ${(e as Error).message}` };
  }
}
