import { lstatSync } from "node:fs";
import path from "node:path";
import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { HarnessSession } from "../test-library/session";
import { runCollection } from "./run";
import { SnapshotFile, snapshotFileOf } from "./snapshots";
import type { Collection } from "../../lib/collections/format";
import type { StepResult } from "../../lib/collections/result";
import type { StepVerdict } from "../../lib/wire/collections";
import type { CollectionsFolder } from "./page-paths";
import { listedEnv } from "../../lib/collections/env-policy";
import type { Filled } from "../../lib/collections/variables";
import { noteFilled, redactFilled } from "./filled-values";

/** A result bigger than this is not sent back for the field picker (the timeline has it). */
const MAX_RESULT_BYTES = 1024 * 1024;
const STEP_MS = 30_000;

/**
 * Runs a collection's steps (one, or all) on the page's own connection, through the same runner
 * as `inspector test`, so the page and CI give the same verdicts. The steps' requests land in the
 * page's record like any other call.
 */
export function pageRunner(engine: Engine, record: RecordStore, folder: CollectionsFolder, listed: readonly string[] = []) {
  return async (collection: Collection, file: string, only?: number): Promise<StepVerdict[]> => {
    const state = engine.getState();
    if (state.status !== "connected" || !state.negotiated || !state.target)
      throw new Error("Not connected: connect to a server to run the steps");
    const session = new HarnessSession({
      engine,
      borrowed: true,
      record,
      target: state.target,
      state,
      requestMs: STEP_MS,
      release: () => undefined,
    });
    // A snapshot is written beside the collection: only when that stays inside the folder too.
    const snapFile = snapshotFileOf(file);
    const safe = folder.holds(snapFile) && !isLink(snapFile);
    if (!safe && collection.steps.some((st) => st.expect?.some((x) => x.snapshot !== undefined)))
      throw new Error(
        `${path.basename(snapFile)} is a link or leads out of the collections folder: snapshots are not read or written through it`,
      );
    const snapshots = safe ? new SnapshotFile(snapFile) : undefined;
    // `${NAME}` in a step was the target's env value when it was saved: filled in from it again.
    // Beyond those, only the names the person listed at start (INSPECTOR_COLLECTION_ENV); never
    // the inspector's own secrets (issue 52 point 1).
    const env = listedEnv(process.env, listed, state.target.transport === "stdio" ? state.target.env : {});
    const filled: Filled = new Map();
    const steps = only === undefined ? collection.steps : collection.steps.map((s, i) => (i === only ? s : { ...s, skip: true }));
    try {
      const run = await runCollection(session, { ...collection, steps }, { file, env, filled, ...(snapshots ? { snapshots } : {}) });
      snapshots?.save();
      return redactFilled(run.steps.filter((s) => only === undefined || s.index === only).map(verdictOf), filled);
    } finally {
      // Whoever saves the page's record takes these values out: filledOn(record).
      noteFilled(record, filled);
      await session.close();
    }
  };
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The runner's step result as the page's wire carries it. */
export function verdictOf(r: StepResult): StepVerdict {
  const response = r.response?.error !== undefined ? { error: r.response.error } : r.response?.result;
  const fits = response !== undefined && (JSON.stringify(response)?.length ?? 0) <= MAX_RESULT_BYTES;
  return {
    index: r.index,
    name: r.name,
    status: r.status === "pass" ? "passed" : r.status === "skipped" ? "skipped" : "failed",
    durationMs: r.durationMs,
    expectations: r.expectations.map((x) => ({
      label: x.label,
      passed: x.pass,
      ...(x.expected !== undefined ? { expected: x.expected } : {}),
      ...(x.actual !== undefined ? { actual: x.actual } : {}),
      // A snapshot that differs says where, path by path (its diff), not with two whole documents.
      ...(!x.pass && x.message ? { message: [x.message, ...(x.diff ?? [])].join("\n") } : {}),
    })),
    ...(r.message ? { message: r.status === "error" ? `could not run: ${r.message}` : r.message } : {}),
    ...(fits ? { result: response } : {}),
    ...(r.seqs ? { seqs: r.seqs } : {}),
  };
}
