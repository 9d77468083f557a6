import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Document, parseDocument } from "yaml";
import * as z from "zod";
import { maskedForSnapshot } from "../test-library/matchers/mask";

/**
 * Snapshots of a collection's steps, kept beside it: `memory.mcp-tests.yaml` keeps them in
 * `memory.mcp-tests.snap.yaml`, one entry per step name, values masked as the library's
 * snapshot serializer masks them (ids, times, uuids), so a rerun compares what the server said.
 */
const SnapFileSchema = z.object({ version: z.literal(1), snapshots: z.record(z.string(), z.unknown()) });

/** Where a collection's snapshots live. */
export function snapshotFileOf(collectionFile: string): string {
  return collectionFile.replace(/\.(ya?ml|json)$/i, "") + ".snap.yaml";
}

/**
 * The values a snapshot compares: what changes run to run is masked, and what only one protocol
 * era carries is left out, so one snapshot holds for a 2025-11-25 and a 2026-07-28 connection
 * (`--protocol-era both` compares the second era with the first).
 */
export function snapshotValue(result: unknown): unknown {
  return JSON.parse(JSON.stringify(maskedForSnapshot(withoutEraFields(result)) ?? null));
}

/** The `_meta` keys MCP reserves for its own use (`io.modelcontextprotocol/serverInfo`, …): the protocol's envelope, not the answer. */
const RESERVED_META = /^io\.modelcontextprotocol\//;

/**
 * A result without the fields of the 2026-07-28 era that a 2025-11-25 result never has
 * (MCP 2026-07-28 basic): `resultType: "complete"`, the cache hints `ttlMs` and `cacheScope`, and
 * the reserved `_meta` keys (serverInfo rides on every result); an emptied `_meta` goes too.
 * Any other resultType is kept: it says the answer is not a final one.
 */
export function withoutEraFields(result: unknown): unknown {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return result;
  const { resultType, ttlMs: _ttl, cacheScope: _scope, _meta, ...rest } = result as Record<string, unknown>;
  const out: Record<string, unknown> = rest;
  if (resultType !== undefined && resultType !== "complete") out.resultType = resultType;
  if (typeof _meta === "object" && _meta !== null && !Array.isArray(_meta)) {
    const kept = Object.fromEntries(Object.entries(_meta).filter(([k]) => !RESERVED_META.test(k)));
    if (Object.keys(kept).length) out._meta = kept;
  } else if (_meta !== undefined) out._meta = _meta;
  return out;
}

/** A collection's snapshots: read once, written back only when a run adds or replaces one. */
export class SnapshotFile {
  private readonly values = new Map<string, unknown>();
  private changed = false;

  /** `fresh`: start empty, whatever the file holds (a collection written anew writes its snapshots anew). */
  constructor(
    readonly file: string,
    o: { fresh?: boolean } = {},
  ) {
    if (o.fresh) {
      this.changed = true;
      return;
    }
    if (!existsSync(file)) return;
    const parsed = SnapFileSchema.safeParse(parseDocument(readFileSync(file, "utf8")).toJS());
    if (!parsed.success)
      throw new Error(`${file} is not a snapshot file (version: 1, snapshots: …): delete it or run with --update-snapshots`);
    for (const [k, v] of Object.entries(parsed.data.snapshots)) this.values.set(k, v);
  }

  get(name: string): unknown {
    return this.values.get(name);
  }

  set(name: string, value: unknown): void {
    this.values.set(name, value);
    this.changed = true;
  }

  /** Write when something changed; returns whether it did. */
  save(): boolean {
    if (!this.changed) return false;
    const doc = new Document({ version: 1, snapshots: Object.fromEntries(this.values) });
    doc.commentBefore = " Snapshots of the steps of the collection beside this file (inspector test --update-snapshots rewrites them).";
    writeFileSync(this.file, doc.toString({ lineWidth: 0 }));
    this.changed = false;
    return true;
  }
}
