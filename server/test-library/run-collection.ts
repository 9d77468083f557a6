import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCollection } from "../../lib/collections/format";
import { runCollection as runSteps } from "../collections/run";
import { SnapshotFile, snapshotFileOf } from "../collections/snapshots";
import { McpHarnessError } from "./errors";
import type { CollectionRun, McpSession, RunCollectionOptions } from "./types";

/**
 * A collection file (docs/collections.md) run on a session the test holds: each step is judged
 * as `inspector test` judges it, its snapshots are read from and written to the `.snap.yaml`
 * beside the file, and the run is returned as data. The file's `target:` is not started (the
 * session is the target); an unreadable or invalid file is a `usage` error.
 */
export async function runCollection(session: McpSession, file: string, options: RunCollectionOptions = {}): Promise<CollectionRun> {
  const call = `runCollection(${JSON.stringify(file)})`;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new McpHarnessError("usage", call, `cannot read the collection: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseCollection(text, file);
  if (!parsed.ok) {
    const { line, key, message } = parsed.error;
    throw new McpHarnessError("usage", call, `${line ? `line ${line}: ` : ""}${key ? `${key}: ` : ""}${message}`);
  }
  const snapshots = new SnapshotFile(snapshotFileOf(path.resolve(file)));
  const run = await runSteps(session, parsed.collection, {
    file,
    env: options.env ?? process.env,
    snapshots,
    ...(options.grep ? { grep: options.grep } : {}),
    ...(options.bail ? { bail: true } : {}),
    ...(options.updateSnapshots ? { updateSnapshots: true } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
  snapshots.save();
  return run;
}
