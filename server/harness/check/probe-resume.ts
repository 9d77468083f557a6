import http from "node:http";
import https from "node:https";
import { SseParser, type SseEvent } from "../../engine/sse-parser";
import type { ProbeResult } from "./result";

// Resumability of a Streamable HTTP server (transports, "Resumability and Redelivery"): a server
// that gives its SSE events ids lets a client that lost a stream GET it back with Last-Event-ID
// and receive what it missed. The probe answers a ping over SSE, then resumes that stream from
// its first event and waits for the ping's response to come again. One session, deleted after.

const SPEC = "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#resumability-and-redelivery";
const WAIT_MS = 5000;
const VERSION = "2025-11-25";

interface Stream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** SSE events until `until` says stop, the stream ends, or WAIT_MS pass; the stream is then closed. */
  events(until: (e: SseEvent) => boolean): Promise<SseEvent[]>;
  /** The whole body as text (a JSON answer), within WAIT_MS. */
  text(): Promise<string>;
  close(): void;
}

function open(url: URL, method: string, headers: Record<string, string>, body?: unknown): Promise<Stream> {
  const lib = url.protocol === "https:" ? https : http;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method,
        timeout: WAIT_MS,
        headers: {
          accept: method === "GET" ? "text/event-stream" : "application/json, text/event-stream",
          ...(payload !== undefined ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) } : {}),
          ...headers,
        },
      },
      (res) => {
        const close = () => res.destroy();
        const events = (until: (e: SseEvent) => boolean) =>
          new Promise<SseEvent[]>((done) => {
            const got: SseEvent[] = [];
            const parser = new SseParser();
            const finish = () => {
              clearTimeout(timer);
              close();
              done(got);
            };
            const timer = setTimeout(finish, WAIT_MS);
            res.setEncoding("utf8");
            res.on("data", (text: string) => {
              for (const e of parser.feed(text)) {
                got.push(e);
                if (until(e)) return finish();
              }
            });
            res.on("end", finish);
            res.on("error", finish);
          });
        const text = () =>
          new Promise<string>((done) => {
            let body = "";
            const timer = setTimeout(() => (close(), done(body)), WAIT_MS);
            res.setEncoding("utf8");
            res.on("data", (t: string) => (body += t));
            res.on("end", () => (clearTimeout(timer), done(body)));
            res.on("error", () => (clearTimeout(timer), done(body)));
          });
        resolve({ status: res.statusCode ?? 0, headers: res.headers, events, text, close });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${WAIT_MS / 1000} s`)));
    req.on("error", reject);
    req.end(payload);
  });
}

const isSse = (s: Stream) => String(s.headers["content-type"] ?? "").startsWith("text/event-stream");
const parse = (text: string): { id?: unknown; result?: { protocolVersion?: unknown } } | undefined => {
  try {
    return JSON.parse(text) as { id?: unknown; result?: { protocolVersion?: unknown } };
  } catch {
    return undefined;
  }
};
const answers = (id: number) => (e: SseEvent) => parse(e.data)?.id === id;

/** The initialize answer, from a JSON body or the SSE event that carries it. */
async function initializeAnswer(init: Stream): Promise<ReturnType<typeof parse>> {
  if (!isSse(init)) return parse(await init.text());
  return parse((await init.events(answers(1))).find(answers(1))?.data ?? "");
}

/** Lose the stream a ping was answered on, resume it with Last-Event-ID, expect the answer again. */
export async function probeResumability(url: URL, headers: Record<string, string>): Promise<ProbeResult> {
  const base = { id: "http-resume", title: "resumes an SSE stream from Last-Event-ID (redelivers what was missed)", severity: "warning" as const, specUrl: SPEC };
  const session: Record<string, string> = {};
  try {
    const init = await open(url, "POST", headers, { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: VERSION, capabilities: {}, clientInfo: { name: "mcp-inspector-harness-check-probe", version: "0" } } });
    const sid = init.headers["mcp-session-id"];
    if (typeof sid === "string") session["mcp-session-id"] = sid;
    if (init.status !== 200) {
      init.close();
      return { ...base, status: "skip", message: `initialize answered ${init.status}${init.status === 401 ? " (authorization required; this probe does not log in)" : ""}: nothing to resume` };
    }
    // Later requests carry the version the server agreed to, as a client's do.
    const agreed = (await initializeAnswer(init))?.result?.protocolVersion;
    session["mcp-protocol-version"] = typeof agreed === "string" ? agreed : VERSION;
    (await open(url, "POST", { ...headers, ...session }, { jsonrpc: "2.0", method: "notifications/initialized" })).close();

    const ping = await open(url, "POST", { ...headers, ...session }, { jsonrpc: "2.0", id: 2, method: "ping" });
    if (!isSse(ping)) {
      ping.close();
      return { ...base, status: "skip", message: `the server answered ping with ${ping.headers["content-type"] ?? "no content type"}, not an SSE stream: nothing to resume` };
    }
    const first = await ping.events(answers(2));
    const at = first.findIndex(answers(2));
    if (at === -1) return { ...base, status: "fail", message: `ping's SSE stream ended without its response (${first.length} events in ${WAIT_MS / 1000} s)` };
    if (!first.some((e) => e.id)) {
      return { ...base, status: "fail", message: "the SSE events carry no id: a client that loses a stream cannot resume it, and loses what was on it (servers that support resumption give events ids; 2025-11-25 servers should open a POST stream with a priming event that has one)" };
    }
    // Resume from the last id before the response, as a client that lost the stream just then would.
    const withId = first.slice(0, at).reverse().find((e) => e.id);
    if (!withId) return { ...base, status: "skip", message: `the events carry ids, but none came before ping's response (no priming event): there is no point to resume from before it` };
    const resumed = await open(url, "GET", { ...headers, ...session, "last-event-id": withId.id! });
    if (resumed.status === 405) {
      resumed.close();
      return { ...base, status: "fail", message: `the events carry ids (first: ${withId.id}) but GET, how a client resumes with Last-Event-ID, answers 405` };
    }
    if (resumed.status !== 200 || !isSse(resumed)) {
      resumed.close();
      return { ...base, status: "fail", message: `GET with Last-Event-ID: ${withId.id} answered ${resumed.status} ${resumed.headers["content-type"] ?? ""}`.trim() + "; a server that gives events ids should resume the stream" };
    }
    const again = await resumed.events(answers(2));
    if (again.some(answers(2))) return { ...base, status: "pass", message: `GET with Last-Event-ID: ${withId.id} redelivered ping's response` };
    return { ...base, status: "fail", message: `GET with Last-Event-ID: ${withId.id} opened a stream but did not redeliver ping's response within ${WAIT_MS / 1000} s (${again.length} events)` };
  } catch (e) {
    return { ...base, status: "fail", message: `the request failed: ${(e as Error).message}` };
  } finally {
    if (session["mcp-session-id"]) await open(url, "DELETE", { ...headers, ...session }).then((s) => s.close(), () => undefined);
  }
}
