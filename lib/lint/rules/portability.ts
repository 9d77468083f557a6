import { portabilityPath } from "../portability";
import { type Family, type MessageCtx } from "../rule";
import { isObject } from "../../json/shape";
import { answersModernRequest } from "./modern-meta";
import { PORTABILITY_RULES, REMOTE_REF, toolSchemaFindings, type PortabilityFinding } from "./schema-portability";

// Every tools/list result (each page) is checked with the `--strict` rules of the official
// inspector, so the page and `check` show what `--cli --strict` would fail on.

/**
 * tools/schema-type already judges a schema's root (`"type": "object"`): a root that is a bare
 * boolean, untyped or a type array is that one violation, reported there once. Up to 2025-11-25
 * it owns outputSchema's root too; a 2026-07-28 outputSchema may be any schema.
 */
function ownedBySchemaType(f: PortabilityFinding, ctx: MessageCtx): boolean {
  if (f.path !== "" || f.rule === REMOTE_REF.id) return false;
  return f.schema === "inputSchema" || !answersModernRequest(ctx);
}

/**
 * The MCP schema types a tool schema's top-level `properties` as objects, so schema/result would
 * report a bare boolean there too; boolean-schema says what is wrong and what to write instead.
 */
function coverTopLevelBooleans(ctx: MessageCtx, tools: unknown[]): void {
  const covered = new Set<string>();
  tools.forEach((t, i) => {
    for (const schema of ["inputSchema", "outputSchema"]) {
      const root = isObject(t) ? t[schema] : undefined;
      const props = isObject(root) && isObject(root.properties) ? root.properties : {};
      for (const [name, v] of Object.entries(props)) if (typeof v === "boolean") covered.add(JSON.stringify([i, schema, name]));
    }
  });
  if (covered.size)
    ctx.coveredPaths.push(
      (p) => p[0] === "tools" && p[3] === "properties" && p.length === 5 && covered.has(JSON.stringify([p[1], p[2], p[4]])),
    );
}

export function portabilityFamily(): Family {
  return {
    rules: PORTABILITY_RULES,
    reset() {},
    message(ctx: MessageCtx) {
      const { msg, answers } = ctx;
      if (msg.kind !== "response" || msg.isError || ctx.entry.dir !== "server->client" || answers?.method !== "tools/list") return;
      const tools = isObject(msg.result) ? msg.result.tools : undefined;
      if (!Array.isArray(tools)) return;
      coverTopLevelBooleans(ctx, tools);
      for (const t of tools) {
        if (!isObject(t) || typeof t.name !== "string") continue;
        for (const f of toolSchemaFindings(t.name, t)) {
          if (ownedBySchemaType(f, ctx)) continue;
          const rule = PORTABILITY_RULES.find((r) => r.id === f.rule)!;
          ctx.flag(rule, `tool "${f.tool}", ${portabilityPath(f)}: ${f.issue} ${f.suggestion}`);
        }
      }
    },
  };
}
