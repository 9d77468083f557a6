import * as z from "zod";
import { agentError } from "./errors";

/** Names agents give for an argument this server calls otherwise (MCP's own words, other tools' words). */
const LOOKALIKES: Record<string, readonly string[]> = {
  params: ["arguments"],
  args: ["arguments"],
  input: ["arguments"],
  timeout: ["timeoutMs"],
  timeout_ms: ["timeoutMs"],
  toolName: ["tool"],
  tool_name: ["tool"],
  request_seq: ["requestSeq"],
  pending_id: ["pendingId"],
  path: ["file", "uri"],
};

/**
 * The arguments as the tool's shape reads them, or a `usage` error an agent can act on: every
 * unknown key is refused (it was silently dropped: `params` for `arguments` called the tool with
 * none), naming the known ones and, for a lookalike, the one meant. `name` is refused with its
 * own hint: in MCP `name` is the tool, here the connection is `connection`.
 */
export function checkArguments(tool: string, shape: z.ZodRawShape, args: unknown): Record<string, unknown> {
  const given = args && typeof args === "object" && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
  const known = Object.keys(shape);
  const unknown = Object.keys(given).filter((k) => !(k in shape));
  if (unknown.length)
    throw agentError("usage", tool, `${unknown.map((k) => hint(k, known)).join("; ")} (${tool} takes: ${known.join(", ") || "nothing"})`);
  const parsed = z.object(shape).safeParse(given);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const lines = parsed.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join(".") : "arguments"}: ${i.message}`);
  throw agentError("usage", tool, lines.join("; "));
}

function hint(key: string, known: readonly string[]): string {
  if (key === "name") {
    const meant = ["connection", ...known.filter((k) => k === "tool" || k === "prompt")].filter((k) => known.includes(k));
    return `unknown argument "name": ${meant.length ? meant.map((k) => `the ${k === "connection" ? "connection's name" : k} is \`${k}\``).join(", ") : "this tool takes no name"}`;
  }
  const meant = (LOOKALIKES[key] ?? []).filter((k) => known.includes(k));
  return `unknown argument "${key}"${meant.length ? `: did you mean \`${meant[0]}\`?` : ""}`;
}

/** Limits checked on a call (checkArguments says which was broken) but not listed: every agent pays for each listed character. */
const UNLISTED = new Set(["$schema", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "propertyNames"]);

/** The tool's input shape as listed: types, enums, what is required, and no key it does not name. */
export function inputJsonSchema(shape: z.ZodRawShape): Record<string, unknown> {
  const schema = z.toJSONSchema(z.object(shape).strict(), { io: "input", unrepresentable: "any" });
  return lean(schema) as Record<string, unknown>;
}

function lean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lean);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => !UNLISTED.has(k))
      .map(([k, x]) => [k, lean(x)]),
  );
}
