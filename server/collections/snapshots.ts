import { existsSync, readFileSync } from "node:fs";
import { writeOwnFile } from "../own-file";
import { Document, parseDocument } from "yaml";
import * as z from "zod";
import { maskedForSnapshot } from "../test-library/matchers/mask";
import { withoutEraFields } from "../../lib/protocol/era-fields";

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
    // Beside the collection, for the project's repository: readable as a checkout's files are.
    writeOwnFile(this.file, doc.toString({ lineWidth: 0 }), { mode: 0o644 });
    this.changed = false;
    return true;
  }
}
