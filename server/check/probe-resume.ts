import type { SseEvent } from "../engine/sse-parser";
import { RAW_HTTP_WAIT_MS, initialize, open, type Stream } from "./raw-http";
import type { ProbeResult } from "./result";
import { asRecord, type JsonObject, objectOr } from "../../lib/json/shape";

// Resumability of a Streamable HTTP server (transports, "Resumability and Redelivery"): a server
// that gives its SSE events ids lets a client that lost a stream GET it back with Last-Event-ID
// and receive what it missed. The probe has a ping answered over SSE, resumes that stream from
// the last event id before the response and waits for the response to come again. One session,
// deleted after.

const SPEC = "https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#resumability-and-redelivery";
const VERSION = "2025-11-25";

const isSse = (s: Stream) => String(s.headers["content-type"] ?? "").startsWith("text/event-stream");
const parse = (text: string): JsonObject | undefined => {
  try {
    return objectOr(JSON.parse(text));
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
  const base = {
    id: "http-resume",
    title: "resumes an SSE stream from Last-Event-ID (redelivers what was missed)",
    severity: "warning" as const,
    specUrl: SPEC,
  };
  const session: Record<string, string> = {};
  try {
    const init = await open(url, "POST", headers, initialize(1));
    const sid = init.headers["mcp-session-id"];
    if (typeof sid === "string") session["mcp-session-id"] = sid;
    if (init.status !== 200) {
      init.close();
      return {
        ...base,
        status: "skip",
        message: `initialize answered ${init.status}${init.status === 401 ? " (authorization required; this probe does not log in)" : ""}: nothing to resume`,
      };
    }
    // Later requests carry the version the server agreed to, as a client's do.
    const agreed = asRecord((await initializeAnswer(init))?.result).protocolVersion;
    session["mcp-protocol-version"] = typeof agreed === "string" ? agreed : VERSION;
    (await open(url, "POST", { ...headers, ...session }, { jsonrpc: "2.0", method: "notifications/initialized" })).close();

    const ping = await open(url, "POST", { ...headers, ...session }, { jsonrpc: "2.0", id: 2, method: "ping" });
    if (!isSse(ping)) {
      ping.close();
      return {
        ...base,
        status: "skip",
        message: `the server answered ping with ${ping.headers["content-type"] ?? "no content type"}, not an SSE stream: nothing to resume`,
      };
    }
    const first = await ping.events(answers(2));
    const at = first.findIndex(answers(2));
    if (at === -1)
      return {
        ...base,
        status: "fail",
        message: `ping's SSE stream ended without its response (${first.length} events in ${RAW_HTTP_WAIT_MS / 1000} s)`,
      };
    if (!first.some((e) => e.id)) {
      return {
        ...base,
        status: "fail",
        message:
          "the SSE events carry no id: a client that loses a stream cannot resume it, and loses what was on it (servers that support resumption give events ids; 2025-11-25 servers should open a POST stream with a priming event that has one)",
      };
    }
    // Resume from the last id before the response, as a client that lost the stream just then would.
    const withId = first
      .slice(0, at)
      .reverse()
      .find((e) => e.id);
    if (!withId)
      return {
        ...base,
        status: "skip",
        message: `the events carry ids, but none came before ping's response (no priming event): there is no point to resume from before it`,
      };
    const resumed = await open(url, "GET", { ...headers, ...session, "last-event-id": withId.id! });
    if (resumed.status === 405) {
      resumed.close();
      return {
        ...base,
        status: "fail",
        message: `the events carry ids (first: ${withId.id}) but GET, how a client resumes with Last-Event-ID, answers 405`,
      };
    }
    if (resumed.status !== 200 || !isSse(resumed)) {
      resumed.close();
      return {
        ...base,
        status: "fail",
        message:
          `GET with Last-Event-ID: ${withId.id} answered ${resumed.status} ${resumed.headers["content-type"] ?? ""}`.trim() +
          "; a server that gives events ids should resume the stream",
      };
    }
    const again = await resumed.events(answers(2));
    if (again.some(answers(2)))
      return { ...base, status: "pass", message: `GET with Last-Event-ID: ${withId.id} redelivered ping's response` };
    return {
      ...base,
      status: "fail",
      message: `GET with Last-Event-ID: ${withId.id} opened a stream but did not redeliver ping's response within ${RAW_HTTP_WAIT_MS / 1000} s (${again.length} events)`,
    };
  } catch (e) {
    return { ...base, status: "fail", message: `the request failed: ${(e as Error).message}` };
  } finally {
    if (session["mcp-session-id"])
      await open(url, "DELETE", { ...headers, ...session }).then(
        (s) => s.close(),
        () => undefined,
      );
  }
}
