import { Rec } from "./entries";

// Frames of the 2026-07-28 era, copied from what @modelcontextprotocol/{client,server} 2.4.0 put
// on the wire against test/fixtures/modern-*-server.mjs (stdio tee and HTTP bodies), and a
// record builder that sends them the way that client does: the `_meta` envelope on every
// request, and over HTTP the headers it mirrors (Mcp-Method, Mcp-Name, Mcp-Param-*).

export const V = "2026-07-28";
const SERVER_INFO = { "io.modelcontextprotocol/serverInfo": { name: "modern-only", version: "1.0.0" } };

export function envelope(caps: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "io.modelcontextprotocol/protocolVersion": V,
    "io.modelcontextprotocol/clientInfo": { name: "verify", version: "0.0.1" },
    "io.modelcontextprotocol/clientCapabilities": caps,
  };
}

export const DISCOVER_RESULT = {
  supportedVersions: ["2026-07-28"],
  capabilities: { tools: { listChanged: true }, resources: { listChanged: true }, prompts: { listChanged: true } },
  resultType: "complete",
  ttlMs: 0,
  cacheScope: "private",
  _meta: SERVER_INFO,
};

export const TOOLS_LIST_RESULT = {
  tools: [
    {
      name: "echo",
      description: "Echoes the message back as text.",
      inputSchema: {
        type: "object",
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { message: { type: "string" } },
        required: ["message"],
      },
    },
    {
      name: "add",
      description: "Adds two numbers.",
      inputSchema: {
        type: "object",
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { a: { type: "number" }, b: { type: "number" } },
        required: ["a", "b"],
      },
      outputSchema: {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        properties: { sum: { type: "number" } },
        required: ["sum"],
        additionalProperties: false,
      },
    },
    {
      name: "confirm-action",
      description: "Asks the user to confirm, then reports the answer.",
      inputSchema: {
        type: "object",
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { action: { default: "proceed", "x-mcp-header": "Action", type: "string" } },
      },
    },
  ],
  resultType: "complete",
  ttlMs: 0,
  cacheScope: "private",
  _meta: SERVER_INFO,
};

export const ADD_RESULT = {
  content: [{ type: "text", text: "5" }],
  structuredContent: { sum: 5 },
  resultType: "complete",
  _meta: SERVER_INFO,
};

export const READ_RESULT = {
  contents: [{ uri: "fixture://hello", mimeType: "text/plain", text: "Hello from the fixture." }],
  resultType: "complete",
  ttlMs: 0,
  cacheScope: "private",
  _meta: SERVER_INFO,
};

export const GREET_RESULT = {
  messages: [{ role: "user", content: { type: "text", text: "Say hello to x." } }],
  resultType: "complete",
  _meta: SERVER_INFO,
};

export const CONFIRM_INPUT_REQUIRED = {
  resultType: "input_required",
  inputRequests: {
    confirm: {
      method: "elicitation/create",
      params: {
        message: "Confirm: deploy?",
        requestedSchema: { type: "object", properties: { confirm: { type: "boolean", description: "Go ahead?" } }, required: ["confirm"] },
        mode: "form",
      },
    },
  },
  requestState: "confirm-action:deploy",
  _meta: { "io.modelcontextprotocol/serverInfo": { name: "modern-mrtr", version: "1.0.0" } },
};

export const CONFIRM_DONE = {
  content: [{ type: "text", text: 'accept confirm=true (requestState "confirm-action:deploy")' }],
  resultType: "complete",
  _meta: { "io.modelcontextprotocol/serverInfo": { name: "modern-mrtr", version: "1.0.0" } },
};

export interface ModernCall {
  /** The client capabilities the request's envelope declares. */
  caps?: Record<string, unknown>;
  /** Replace the envelope (or drop it: null). */
  meta?: Record<string, unknown> | null;
  /** Over HTTP: the response's facts; headers are derived from the body unless given. */
  http?: boolean;
  headers?: Record<string, string>;
  protocolHeader?: string;
  sessionId?: string;
  /** The server answers with this error instead of the result. */
  error?: Record<string, unknown>;
}

const NAMED: Record<string, string> = { "tools/call": "name", "prompts/get": "name", "resources/read": "uri" };

/** A record of the modern era: requests carry the envelope, responses over HTTP the request's headers. */
export class ModernRec extends Rec {
  private id = 0;

  /** The handshake of `--protocol-era modern` (or of auto after a refused initialize): server/discover. */
  discover(opts: ModernCall & { result?: unknown } = {}): { req: number; res: number } {
    return this.modern("server/discover", {}, opts.result ?? DISCOVER_RESULT, { ...opts, id: "server-discover-probe-1" });
  }

  /** A client request with the envelope, and the server's answer. */
  modern(
    method: string,
    params: Record<string, unknown>,
    result: unknown,
    opts: ModernCall & { id?: string | number } = {},
  ): { req: number; res: number } {
    const id = opts.id ?? this.id++;
    const meta = opts.meta === undefined ? envelope(opts.caps) : opts.meta;
    const full = meta === null ? params : { ...params, _meta: meta };
    const req = this.client({ method, params: full, jsonrpc: "2.0", id });
    const body = opts.error ? { jsonrpc: "2.0", id, error: opts.error } : { result, jsonrpc: "2.0", id };
    const res = this.server(body, opts.http ? { http: this.facts(method, params, opts) } : {});
    return { req, res };
  }

  private facts(method: string, params: Record<string, unknown>, opts: ModernCall): Record<string, unknown> {
    let headers = opts.headers;
    if (!headers) {
      headers = { "mcp-method": method };
      const field = NAMED[method];
      if (field && typeof params[field] === "string") headers["mcp-name"] = params[field];
      const args = params.arguments as Record<string, unknown> | undefined;
      if (params.name === "confirm-action" && args?.action !== undefined) headers["mcp-param-action"] = String(args.action);
    }
    return {
      method: "POST",
      status: 200,
      contentType: "application/json",
      protocolVersion: opts.protocolHeader ?? V,
      ...(opts.sessionId ? { sessionId: opts.sessionId } : {}),
      mcpHeaders: headers,
    };
  }
}
