import { SPEC } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject, type JsonObject } from "../../json/shape";
import { META_KEY, answersModernRequest, decodeHeaderValue, envelopeOf } from "./modern-meta";

// Streamable HTTP in the 2026-07-28 era (basic/transports/streamable-http):
// - #request-metadata: every POST carries MCP-Protocol-Version, which "MUST match" the body's
//   `_meta` version; Mcp-Method (all requests) and Mcp-Name (`params.name` or `params.uri` of
//   tools/call, resources/read, prompts/get) "are REQUIRED"; a tool argument whose inputSchema
//   property carries `x-mcp-header` is mirrored into Mcp-Param-{Name} ("Client MUST include the
//   header" when the value is present, "MUST omit" it when absent or null), values after the
//   Base64 sentinel is decoded. The record keeps the request's headers on the response entry
//   (`http.mcpHeaders`), so the finding marks the response and points at the request.
// - #earlier-streamable-http-revisions: sessions are gone; a server "SHOULD ... not mint or echo
//   session IDs", so an Mcp-Session-Id on a modern response is a warning, once per connection.

export const ROUTING_HEADERS: Rule = {
  id: "modern/routing-headers",
  severity: "error",
  specUrl: SPEC.modernHeaders,
  summary:
    "Over HTTP, a 2026-07-28 request's MCP-Protocol-Version, Mcp-Method, Mcp-Name and Mcp-Param-* headers are present and equal to its body (judged where the record has the request's headers).",
};
export const SESSION_ID: Rule = {
  id: "modern/session-id",
  severity: "warning",
  specUrl: SPEC.modernNoSessions,
  summary: "A server answering 2026-07-28 requests sends no Mcp-Session-Id: the modern era has no sessions (reported once per connection).",
};

const NAMED: Record<string, "name" | "uri"> = { "tools/call": "name", "prompts/get": "name", "resources/read": "uri" };

/** A tool's `x-mcp-header` parameters: the property path (through `properties` only) and the header name. */
interface MirroredParam {
  path: string[];
  header: string;
}

/** The x-mcp-header annotations of an inputSchema, statically reachable through `properties`. */
function mirroredParams(schema: unknown, path: string[] = [], out: MirroredParam[] = []): MirroredParam[] {
  if (!isObject(schema) || !isObject(schema.properties)) return out;
  for (const [key, prop] of Object.entries(schema.properties)) {
    if (!isObject(prop)) continue;
    if (typeof prop["x-mcp-header"] === "string") out.push({ path: [...path, key], header: prop["x-mcp-header"] });
    mirroredParams(prop, [...path, key], out);
  }
  return out;
}

/** The body value a header mirrors, as its header text would read; undefined when it is absent or null. */
function bodyValue(args: unknown, path: string[]): string | undefined {
  let v: unknown = args;
  for (const k of path) v = isObject(v) ? v[k] : undefined;
  return v === undefined || v === null || typeof v === "object" ? undefined : String(v);
}

function sameValue(header: string, body: string): boolean {
  // Integers compare numerically (the spec's SHOULD: "42.0" and "42" are equal).
  return header === body || (body.trim() !== "" && !Number.isNaN(Number(body)) && Number(header) === Number(body));
}

export function modernHttpFamily(): Family {
  let mirrored = new Map<string, MirroredParam[]>();
  let sessionIdReported = false;
  return {
    rules: [ROUTING_HEADERS, SESSION_ID],
    reset() {
      mirrored = new Map();
      sessionIdReported = false;
    },
    message(ctx: MessageCtx) {
      const { msg, entry } = ctx;
      if (entry.dir !== "server->client" || msg.kind !== "response" || !answersModernRequest(ctx)) return;
      const { method, params, seq } = ctx.answers!;
      if (method === "tools/list" && !msg.isError && isObject(msg.result) && Array.isArray(msg.result.tools)) {
        for (const t of msg.result.tools)
          if (isObject(t) && typeof t.name === "string") mirrored.set(t.name, mirroredParams(t.inputSchema));
      }
      const http = entry.http;
      if (!http) return;
      if (http.sessionId !== undefined && !sessionIdReported) {
        sessionIdReported = true;
        ctx.flag(
          SESSION_ID,
          `the server sent Mcp-Session-Id ${brief(http.sessionId)} with its answer to a 2026-07-28 ${method}: the modern era has no sessions, and a server should not mint or echo session ids`,
          { relatedSeq: seq },
        );
      }
      // The headers are the request's; only a POST that carried the request has them.
      if (http.method !== "POST" || params === undefined) return;
      const problems = headerProblems(method, params, http.mcpHeaders ?? {}, http.protocolVersion, mirrored);
      if (problems.length)
        ctx.flag(ROUTING_HEADERS, `the HTTP headers of ${method} disagree with its body: ${problems.join("; ")}`, { relatedSeq: seq });
    },
  };
}

function headerProblems(
  method: string,
  params: unknown,
  headers: Record<string, string>,
  protocolHeader: string | undefined,
  mirrored: Map<string, MirroredParam[]>,
): string[] {
  const problems: string[] = [];
  const version = envelopeOf(params)?.[META_KEY.protocolVersion];
  if (protocolHeader === undefined) problems.push("MCP-Protocol-Version is missing");
  else if (typeof version === "string" && protocolHeader !== version)
    problems.push(`MCP-Protocol-Version is ${brief(protocolHeader)} but _meta names ${brief(version)}`);
  const m = headers["mcp-method"];
  if (m === undefined) problems.push(`Mcp-Method is missing (the body's method is ${method})`);
  else if (m !== method) problems.push(`Mcp-Method is ${brief(m)} but the body's method is ${method}`);
  const p: JsonObject = isObject(params) ? params : {};
  const field = NAMED[method];
  if (field) {
    const name = headers["mcp-name"];
    const body = typeof p[field] === "string" ? (p[field] as string) : undefined;
    if (name === undefined) problems.push(`Mcp-Name is missing (the body's params.${field} is ${brief(body)})`);
    else if (body !== undefined && decodeHeaderValue(name) !== body)
      problems.push(`Mcp-Name is ${brief(name)} but the body's params.${field} is ${brief(body)}`);
  }
  const tool = method === "tools/call" && typeof p.name === "string" ? mirrored.get(p.name) : undefined;
  for (const { path, header } of tool ?? []) {
    const key = `mcp-param-${header.toLowerCase()}`;
    const sent = headers[key];
    const body = bodyValue(p.arguments, path);
    const where = `arguments.${path.join(".")}`;
    if (body !== undefined && sent === undefined) problems.push(`Mcp-Param-${header} is missing (the body's ${where} is ${brief(body)})`);
    else if (body === undefined && sent !== undefined) problems.push(`Mcp-Param-${header} is ${brief(sent)} but the body has no ${where}`);
    else if (body !== undefined && sent !== undefined && !sameValue(decodeHeaderValue(sent), body))
      problems.push(`Mcp-Param-${header} is ${brief(sent)} but the body's ${where} is ${brief(body)}`);
  }
  return problems;
}
