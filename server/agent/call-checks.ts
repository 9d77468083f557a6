import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { asRecord } from "../../lib/json/shape";
import type { AgentConnection, ListedTool } from "./connection";

/** tools/list pages read before a call (a server that pages forever is cut off here). */
const TOOL_PAGES_MAX = 50;
/** Entries after a call looked at for the server's own requests during it. */
const ROWS_LOOKED_AT = 2_000;

const validator = new SchemaValidator();

/**
 * List the tools (every page) as the agent, so a call on a connection nobody listed yet (the
 * page's, connected by the person) is judged against its schemas: the engine knows a tool's
 * outputSchema only from a tools/list of this process, and without one a broken result passed.
 */
export async function listTools(c: AgentConnection): Promise<Map<string, ListedTool>> {
  let cursor: unknown;
  for (let page = 0; page < TOOL_PAGES_MAX; page++) {
    const out = await c.request("tools/list", typeof cursor === "string" ? { cursor } : undefined);
    const next = asRecord(out.result).nextCursor;
    if (typeof next !== "string" || !next || next === cursor) break;
    cursor = next;
  }
  return c.listedTools() ?? new Map();
}

/** Where the arguments break the tool's inputSchema, in a line each (the call is still sent: the server's answer is the point). */
export function inputWarnings(t: ListedTool | undefined, args: Record<string, unknown>): string[] {
  if (!t?.inputSchema || typeof t.inputSchema !== "object") return [];
  const validate = validator.compile(t.inputSchema);
  if (validate instanceof Error) return [`the tool's inputSchema does not compile: ${validate.message}`];
  if (validate(args)) return [];
  return (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `arguments${e.instancePath.replace(/\//g, ".")} ${e.message ?? "is invalid"}${e.params && "additionalProperty" in e.params ? `: ${String(e.params.additionalProperty)}` : ""} (inputSchema)`,
    );
}

const ASKS: Record<string, string> = {
  "sampling/createMessage": "sampling",
  "elicitation/create": "elicitation",
  "roots/list": "roots",
};

/**
 * When the server asked the client for something this connection does not offer (answered
 * -32601 during the call): what to do about it, in a line. Undefined when it did not.
 */
export function serverAskHint(c: AgentConnection, requestSeq: number): string | undefined {
  const rows = c.link.record.since(requestSeq - 1).slice(0, ROWS_LOOKED_AT);
  for (const e of rows) {
    if (e.kind !== "message" || e.dir !== "client->server" || !e.pair) continue;
    const what = ASKS[e.pair.method];
    if (!what || asRecord(asRecord(e.message).error).code !== -32601) continue;
    return c.link.shared
      ? `the server asked for ${e.pair.method} and the page's connection does not offer ${what}: the person turns it on in the page and connects again`
      : `the server asked for ${e.pair.method} and this connection does not offer ${what}: connect again with hold: ["${what}"] (you answer with answer_request) or answers.${what}`;
  }
  return undefined;
}
