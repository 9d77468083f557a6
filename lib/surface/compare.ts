import * as z from "zod";
import { compareSchemas, equal, seg, type SchemaChange } from "./schema-diff";
import { RULES, severityOf, type RuleId } from "./rules";
import { LIST_KINDS, LIST_SPECS, SurfaceSchema, itemId, type ListKind, type Surface, type SurfaceItem } from "./surface";
import { asRecord, isObject } from "../json/shape";

export const AreaSchema = z.enum([
  "protocol",
  "capabilities",
  "serverInfo",
  "instructions",
  "tool",
  "resource",
  "resourceTemplate",
  "prompt",
]);
export type Area = z.infer<typeof AreaSchema>;
const AREA_OF: Record<ListKind, Area> = { tools: "tool", resources: "resource", resourceTemplates: "resourceTemplate", prompts: "prompt" };

/** One change between the old surface (a) and the new one (b). */
export const SurfaceChangeSchema = z.object({
  severity: z.enum(["breaking", "compatible"]),
  area: AreaSchema,
  /** The tool, prompt, resource URI or template it is about; the area's name for negotiation changes. */
  subject: z.string(),
  /** Where in the item (or the negotiation), `$.inputSchema.properties.x` style. */
  path: z.string().optional(),
  rule: z.enum(Object.keys(RULES) as [RuleId, ...RuleId[]]),
  message: z.string(),
  /** The rule's reason (rules.ts), so a reader of the JSON or JUnit needs no docs. */
  why: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type SurfaceChange = z.infer<typeof SurfaceChangeSchema>;

export const SideSummarySchema = z.object({
  label: z.string(),
  origin: SurfaceSchema.shape.origin,
  transport: SurfaceSchema.shape.transport,
  serverInfo: z.record(z.string(), z.unknown()),
  protocolVersion: z.string().optional(),
});
export type SideSummary = z.infer<typeof SideSummarySchema>;

export const SurfaceDiffSchema = z.object({
  a: SideSummarySchema,
  b: SideSummarySchema,
  changes: z.array(SurfaceChangeSchema),
  /** Everything compared (area and subject), changed or not: JUnit makes a test case of each. */
  compared: z.array(z.object({ area: AreaSchema, subject: z.string() })),
  /** What could not be compared, and why; duplicates; possibly stale listings. */
  notes: z.array(z.string()),
  summary: z.object({ breaking: z.number().int(), compatible: z.number().int() }),
});
export type SurfaceDiff = z.infer<typeof SurfaceDiffSchema>;

/** `inspector diff --format json`: the diff with a format name and version. */
export const DiffReportSchema = SurfaceDiffSchema.extend({ format: z.literal("mcp-inspector-diff"), version: z.literal(1) });
export type DiffReport = z.infer<typeof DiffReportSchema>;

/** Compare two surfaces: the old one (a) and the new one (b). Pure. */
export function diffSurfaces(a: Surface, b: Surface): SurfaceDiff {
  const changes: SurfaceChange[] = [];
  const compared: SurfaceDiff["compared"] = [];
  const notes: string[] = [];
  const add = (
    area: Area,
    subject: string,
    rule: RuleId,
    message: string,
    extra: { path?: string; before?: unknown; after?: unknown; direction?: "input" | "output" } = {},
  ) => {
    const { direction, ...rest } = extra;
    changes.push({ severity: severityOf(rule, direction), area, subject, rule, message, why: RULES[rule].why, ...rest });
  };

  compared.push({ area: "protocol", subject: "protocol version" });
  if (a.protocolVersion !== b.protocolVersion && a.protocolVersion && b.protocolVersion) {
    const rule =
      b.protocolVersion < a.protocolVersion
        ? "protocol-downgraded"
        : isModern(b.protocolVersion) && !isModern(a.protocolVersion)
          ? "protocol-era-changed"
          : "protocol-upgraded";
    add("protocol", "protocol version", rule, `protocol version ${a.protocolVersion} -> ${b.protocolVersion}`, {
      path: "$.protocolVersion",
      before: a.protocolVersion,
      after: b.protocolVersion,
    });
  }
  if (a.requestedProtocolVersion && b.requestedProtocolVersion && a.requestedProtocolVersion !== b.requestedProtocolVersion) {
    notes.push(
      `the clients asked for different protocol versions (${a.requestedProtocolVersion}, ${b.requestedProtocolVersion}): the agreed versions depend on that too`,
    );
  }
  if (a.clientCapabilities && b.clientCapabilities && !equal(a.clientCapabilities, b.clientCapabilities)) {
    notes.push(
      `the clients offered different capabilities (${JSON.stringify(a.clientCapabilities)} and ${JSON.stringify(b.clientCapabilities)}): a server may list more to a client that offers more`,
    );
  }
  compared.push({ area: "capabilities", subject: "capabilities" });
  capabilities(a.capabilities, b.capabilities, "$.capabilities", (rule, path, before, after) =>
    add("capabilities", "capabilities", rule, `capability ${path.slice(15)} ${rule === "capability-withdrawn" ? "withdrawn" : "added"}`, {
      path,
      before,
      after,
    }),
  );
  compared.push({ area: "serverInfo", subject: "serverInfo" });
  for (const k of unionKeys(a.serverInfo, b.serverInfo)) {
    if (!equal(a.serverInfo[k], b.serverInfo[k]))
      add("serverInfo", "serverInfo", "server-info-changed", `serverInfo.${k} ${brief(a.serverInfo[k])} -> ${brief(b.serverInfo[k])}`, {
        path: `$.serverInfo${seg(k)}`,
        before: a.serverInfo[k],
        after: b.serverInfo[k],
      });
  }
  compared.push({ area: "instructions", subject: "instructions" });
  if ((a.instructions ?? "") !== (b.instructions ?? ""))
    add(
      "instructions",
      "instructions",
      "instructions-changed",
      a.instructions === undefined ? "instructions added" : b.instructions === undefined ? "instructions removed" : "instructions changed",
      { path: "$.instructions", before: a.instructions, after: b.instructions },
    );

  for (const kind of LIST_KINDS) {
    const la = a.lists[kind];
    const lb = b.lists[kind];
    for (const [side, l] of [
      [a, la],
      [b, lb],
    ] as const) {
      if (l.listed && l.problem) notes.push(`${side.label}: ${l.problem}`);
      if (!l.listed) notes.push(`${LIST_SPECS[kind].noun}s not compared: ${side.label}: ${l.why}`);
    }
    if (!la.listed || !lb.listed) continue;
    const ia = byId(kind, la.items, a.label, notes);
    const ib = byId(kind, lb.items, b.label, notes);
    const area = AREA_OF[kind];
    for (const [id, item] of ia) {
      compared.push({ area, subject: id });
      const other = ib.get(id);
      if (!other) add(area, id, "removed", "removed", { before: item });
      else for (const c of compareItem(kind, item, other)) add(area, id, c.rule, c.message, c);
    }
    for (const [id, item] of ib) {
      if (ia.has(id)) continue;
      compared.push({ area, subject: id });
      add(area, id, "added", "added", { after: item });
    }
  }
  const order: Area[] = ["protocol", "capabilities", "serverInfo", "instructions", "tool", "prompt", "resource", "resourceTemplate"];
  changes.sort((x, y) => order.indexOf(x.area) - order.indexOf(y.area) || (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : 0));
  return {
    a: sideOf(a),
    b: sideOf(b),
    changes,
    compared,
    notes,
    summary: {
      breaking: changes.filter((c) => c.severity === "breaking").length,
      compatible: changes.filter((c) => c.severity === "compatible").length,
    },
  };
}

type ItemChange = SchemaChange & { direction?: "input" | "output" };

/** What changed in one tool, prompt, resource or template (same id on both sides). */
export function compareItem(kind: ListKind, a: SurfaceItem, b: SurfaceItem): ItemChange[] {
  const out: ItemChange[] = [];
  const handled = new Set<string>();
  const take = (...keys: string[]) => keys.forEach((k) => handled.add(k));
  if (kind === "tools") {
    take("inputSchema", "outputSchema", "annotations", "execution");
    out.push(...compareSchemas(a.inputSchema, b.inputSchema, "$.inputSchema").map((c) => ({ ...c, direction: "input" as const })));
    if (a.outputSchema && !b.outputSchema)
      out.push({ path: "$.outputSchema", rule: "output-schema-removed", message: "outputSchema removed", before: a.outputSchema });
    else if (!a.outputSchema && b.outputSchema)
      out.push({ path: "$.outputSchema", rule: "output-schema-added", message: "outputSchema added", after: b.outputSchema });
    else if (a.outputSchema)
      out.push(...compareSchemas(a.outputSchema, b.outputSchema, "$.outputSchema").map((c) => ({ ...c, direction: "output" as const })));
    out.push(...annotations(asRecord(a.annotations), asRecord(b.annotations)));
    out.push(...execution(asRecord(a.execution), asRecord(b.execution)));
  }
  if (kind === "prompts") {
    take("arguments");
    out.push(...promptArguments(a.arguments, b.arguments));
  }
  if (kind === "resources" || kind === "resourceTemplates") {
    take("mimeType", "annotations");
    if (!equal(a.mimeType, b.mimeType))
      out.push({
        path: "$.mimeType",
        rule: "mime-type-changed",
        message: `mimeType ${brief(a.mimeType)} -> ${brief(b.mimeType)}`,
        before: a.mimeType,
        after: b.mimeType,
      });
    out.push(...annotations(asRecord(a.annotations), asRecord(b.annotations)));
  }
  for (const k of unionKeys(a, b)) {
    if (handled.has(k) || equal(a[k], b[k])) continue;
    out.push({
      path: `$${seg(k)}`,
      rule: "metadata-changed",
      message: `${k} ${a[k] === undefined ? "added" : b[k] === undefined ? "removed" : "changed"}`,
      before: a[k],
      after: b[k],
    });
  }
  return out;
}

function annotations(a: Record<string, unknown>, b: Record<string, unknown>): ItemChange[] {
  return unionKeys(a, b)
    .filter((k) => !equal(a[k], b[k]))
    .map((k) => ({
      path: `$.annotations${seg(k)}`,
      rule: "annotations-changed" as const,
      message: `annotations.${k} ${brief(a[k])} -> ${brief(b[k])}`,
      before: a[k],
      after: b[k],
    }));
}

/** execution.taskSupport (2025-11-25): absent means "forbidden". */
function execution(a: Record<string, unknown>, b: Record<string, unknown>): ItemChange[] {
  const out: ItemChange[] = [];
  const ta = a.taskSupport ?? "forbidden";
  const tb = b.taskSupport ?? "forbidden";
  if (ta !== tb)
    out.push({
      path: "$.execution.taskSupport",
      rule: tb === "optional" ? "task-support-relaxed" : "task-support-changed",
      message: `execution.taskSupport ${brief(ta)} -> ${brief(tb)}`,
      before: ta,
      after: tb,
    });
  for (const k of unionKeys(a, b))
    if (k !== "taskSupport" && !equal(a[k], b[k]))
      out.push({ path: `$.execution${seg(k)}`, rule: "metadata-changed", message: `execution.${k} changed`, before: a[k], after: b[k] });
  return out;
}

/** Prompt arguments are inputs: the same rules as an inputSchema's properties. */
function promptArguments(rawA: unknown, rawB: unknown): ItemChange[] {
  const args = (v: unknown) =>
    new Map(
      (Array.isArray(v) ? v : [])
        .filter((x) => x && typeof x.name === "string")
        .map((x) => [x.name as string, x as Record<string, unknown>]),
    );
  const a = args(rawA);
  const b = args(rawB);
  const out: ItemChange[] = [];
  const at = (name: string) => `$.arguments[?(@.name==${JSON.stringify(name)})]`;
  for (const [name, x] of a) {
    const y = b.get(name);
    if (!y) {
      out.push({
        path: at(name),
        rule: "property-removed",
        message: `argument ${JSON.stringify(name)} removed${x.required ? " (it was required)" : ""}`,
        before: x,
        direction: "input",
      });
      continue;
    }
    if (!x.required && y.required)
      out.push({
        path: `${at(name)}.required`,
        rule: "required-added",
        message: `argument ${JSON.stringify(name)} is now required`,
        before: false,
        after: true,
        direction: "input",
      });
    if (x.required && !y.required)
      out.push({
        path: `${at(name)}.required`,
        rule: "required-removed",
        message: `argument ${JSON.stringify(name)} is no longer required`,
        before: true,
        after: false,
        direction: "input",
      });
    for (const k of unionKeys(x, y)) {
      if (k !== "name" && k !== "required" && !equal(x[k], y[k]))
        out.push({
          path: `${at(name)}${seg(k)}`,
          rule: "annotation",
          message: `argument ${JSON.stringify(name)}: ${k} changed`,
          before: x[k],
          after: y[k],
          direction: "input",
        });
    }
  }
  for (const [name, y] of b) {
    if (a.has(name)) continue;
    out.push({
      path: at(name),
      rule: y.required ? "required-added" : "property-added",
      message: `new ${y.required ? "required" : "optional"} argument ${JSON.stringify(name)}`,
      after: y,
      direction: "input",
    });
  }
  return out;
}

/** A capability (or a flag in one) present before and absent or false now is withdrawn; the reverse is added. */
function capabilities(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  path: string,
  report: (rule: "capability-withdrawn" | "capability-added", path: string, before: unknown, after: unknown) => void,
): void {
  for (const k of unionKeys(a, b)) {
    const p = `${path}${seg(k)}`;
    const x = a[k];
    const y = b[k];
    const had = x !== undefined && x !== false && x !== null;
    const has = y !== undefined && y !== false && y !== null;
    if (had && !has) report("capability-withdrawn", p, x, y);
    else if (!had && has) report("capability-added", p, x, y);
    else if (had && isObject(x) && isObject(y)) capabilities(x, y, p, report);
  }
}

function byId(kind: ListKind, items: readonly SurfaceItem[], label: string, notes: string[]): Map<string, SurfaceItem> {
  const map = new Map<string, SurfaceItem>();
  for (const item of items) {
    const id = itemId(kind, item);
    if (map.has(id)) notes.push(`${label}: ${LIST_SPECS[kind].noun} ${id} is listed twice; the first is compared`);
    else map.set(id, item);
  }
  return map;
}

function sideOf(s: Surface): SideSummary {
  return {
    label: s.label,
    origin: s.origin,
    transport: s.transport,
    serverInfo: s.serverInfo,
    ...(s.protocolVersion ? { protocolVersion: s.protocolVersion } : {}),
  };
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function brief(v: unknown): string {
  const s = JSON.stringify(v) ?? "(none)";
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** 2026-07-28 and later: the era of server/discover. */
function isModern(version: string): boolean {
  return version >= "2026-07-28";
}
