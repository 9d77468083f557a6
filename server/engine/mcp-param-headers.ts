import { asRecord } from "../../lib/json/shape";
/**
 * The `Mcp-Param-{Name}` headers of a 2026-07-28 `tools/call` over Streamable HTTP (SEP-2243):
 * a tool's inputSchema marks properties with `x-mcp-header: Name`, and the request must carry
 * each such argument's value in that header too, so gateways can route without reading the body.
 * A server checks header against body (-32020 when they disagree), so the engine, which sends
 * tools/call itself, sends them as the SDK's own callTool would.
 */

/** Where each declared header's value sits in the arguments: reachable through `properties` only. */
export function headerDeclarations(inputSchema: unknown): Array<{ name: string; path: string[] }> {
  const found: Array<{ name: string; path: string[] }> = [];
  const walk = (schema: unknown, path: string[]) => {
    const props = asRecord(schema).properties;
    if (!props || typeof props !== "object") return;
    for (const [key, sub] of Object.entries(props as Record<string, unknown>)) {
      const name = asRecord(sub)["x-mcp-header"];
      if (typeof name === "string" && name !== "") found.push({ name, path: [...path, key] });
      walk(sub, [...path, key]);
    }
  };
  walk(inputSchema, []);
  return found;
}

/** RFC 9110 token characters: what a header name may hold (no space, colon, control or non-ASCII character). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** The JSON Schema types a header may mirror (SEP-2243: string, integer, boolean; not number, whose text is ambiguous). */
const PRIMITIVE = new Set(["string", "integer", "boolean"]);

/**
 * Why a tool's `x-mcp-header` declarations make it unusable, or undefined. SEP-2243: the name is
 * non-empty, a header token, unique without regard to case, on a property of type string,
 * integer or boolean; a client MUST exclude a tool that breaks any of these (and keep the rest).
 */
export function headerDeclarationProblem(inputSchema: unknown): string | undefined {
  const seen = new Map<string, string>();
  const walk = (schema: unknown, path: string[]): string | undefined => {
    const props = asRecord(schema).properties;
    if (!props || typeof props !== "object") return undefined;
    for (const [key, sub] of Object.entries(props as Record<string, unknown>)) {
      const where = [...path, key].join(".");
      const s = asRecord(sub);
      if ("x-mcp-header" in s) {
        const name = s["x-mcp-header"];
        if (typeof name !== "string" || name === "") return `property ${where}: x-mcp-header is empty`;
        if (!TOKEN.test(name))
          return `property ${where}: x-mcp-header ${JSON.stringify(name)} is not a header name (visible ASCII, no space or colon)`;
        if (!PRIMITIVE.has(String(s.type)))
          return `property ${where}: x-mcp-header is on a ${JSON.stringify(s.type ?? "untyped")} property (string, integer or boolean only)`;
        const lower = name.toLowerCase();
        if (seen.has(lower))
          return `x-mcp-header ${JSON.stringify(name)} is declared twice (${seen.get(lower)} and ${where}; names are case-insensitive)`;
        seen.set(lower, where);
      }
      const deeper = walk(sub, [...path, key]);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return walk(inputSchema, []);
}

/** The headers for one call: an absent, null or non-primitive value gets no header (the spec's rows). */
export function mcpParamHeaders(declarations: ReadonlyArray<{ name: string; path: string[] }>, args: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of declarations) {
    let v: unknown = args;
    for (const k of d.path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
    const text =
      typeof v === "string" ? v : typeof v === "boolean" ? String(v) : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;
    if (text !== undefined) out[`Mcp-Param-${d.name}`] = encodeValue(text);
  }
  return out;
}

/** Plain visible ASCII as is; anything else (empty, padded, non-ASCII) base64 in the spec's sentinel. */
function encodeValue(s: string): string {
  const plain = s.length > 0 && s === s.trim() && /^[\t\x20-\x7e]*$/.test(s) && !(s.startsWith("=?base64?") && s.endsWith("?="));
  return plain ? s : `=?base64?${Buffer.from(s, "utf8").toString("base64")}?=`;
}
