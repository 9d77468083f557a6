import { readFileSync } from "node:fs";
import { writeOwnFile } from "../../own-file";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RunContext } from "../command";
import { parseCollection, type Collection, type CollectionTarget } from "../../../lib/collections/format";
import { runPassed } from "../../../lib/collections/result";
import { stepVerdicts } from "../../../lib/collections/step-verdicts";
import { commandLineEnv } from "../../../lib/collections/env-policy";
import { fillIn, MissingValue, type Filled } from "../../../lib/collections/variables";
import { joinShellWords } from "../../../lib/target/shell-words";
import type { Target } from "../../../lib/target/target";
import { visible } from "../../../lib/text/visible";
import { filledValues, redactFilled } from "../../collections/filled-values";
import { connectForCollections } from "../../collections/connect";
import { runCollection } from "../../collections/run";
import { SnapshotFile, snapshotFileOf } from "../../collections/snapshots";
import { writeSessionFile, type SessionSnapshot } from "../../record/session-file";
import { headlessSession } from "../shared/headless-session";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson } from "../shared/terminal";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunPage } from "../shared/save-run-session";
import { faultLines } from "../shared/fault-lines";
import { UsageError, cannotRead, readFailure } from "../usage-error";
import { fromSession } from "./from-session";
import { collectionFiles } from "./files";
import { runLabels } from "./run-labels";
import { KeyStore } from "../../model/keys";
import type { EarlyTarget } from "../../engine/spawn-target";
import { evalModelSpecs, openEvalModels } from "./models";
import { formatJson, formatJunit, formatTap, formatText, githubAnnotations, type FileOutcome } from "./reports";
import type { TestArgs } from "./flags";
import { testSummary } from "./summary";
import { appendStepSummary } from "../shared/step-summary";
import { latencyBoundOf } from "../replay/regression-flags";

const DEFAULT_FOLDER = "mcp-tests";
const FORMATS = { text: formatText, json: formatJson, junit: formatJunit, tap: formatTap };

export async function runTestCommand(a: TestArgs, { env, io }: RunContext, early?: EarlyTarget): Promise<number> {
  if (a.fromSession) return fromSession(a.fromSession, a.paths[0], io);
  takeServerEnv(a, env, io.err);
  const files = collectionFiles(a.paths.length ? a.paths : [DEFAULT_FOLDER]);
  const loaded: Array<{ file: string; collection: Collection; lines: number[] }> = [];
  let bad = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(cannotRead("collection", file, e));
    }
    const parsed = parseCollection(text, file);
    if (parsed.ok) loaded.push({ file, collection: parsed.collection, lines: parsed.stepLines });
    else {
      const { line, key, message } = parsed.error;
      io.err(`inspector: ${visible(file)}${line ? `:${line}` : ""}: ${key ? `${visible(key)}: ` : ""}${visible(message)}`);
      bad++;
    }
  }
  // A malformed file: nothing runs, so a CI log never mixes half a run with the error.
  if (bad) return (io.err(`inspector: ${bad} collection file${bad > 1 ? "s" : ""} not valid; nothing was run`), 2);
  const cliTarget = await resolveTarget(a, env);
  const untargeted = loaded.find((l) => !l.collection.target);
  if (!cliTarget && untargeted)
    throw new UsageError(`${untargeted.file} names no target: give one (a command, --server-url, --config) or add target: to the file`);
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  if (a.html) checkSaveSessionPath(a.html, "--html");
  // Keys from the environment only, held in memory; no step's text or report ever carries one.
  const keys = KeyStore.fromEnv(env);
  const specs = evalModelSpecs(a, loaded, keys);

  // `${NAME}` of the environment, but never the inspector's own secrets (model keys, INSPECTOR_*, MCP_*).
  const lookup = commandLineEnv(env);
  // Everything any run filled from the environment: taken out of the reports and recordings.
  const filled: Filled = new Map();
  const outcomes: FileOutcome[] = [];
  const recordings: Array<{ label: string; snapshot: SessionSnapshot; failed: boolean }> = [];
  const faults = faultLines(io.err);
  const labelOf = runLabels(loaded.map((l) => l.file));
  for (const { file, collection, lines } of loaded) {
    const outcome: FileOutcome = { file, lines, runs: [] };
    outcomes.push(outcome);
    const target = cliTarget ?? targetOf(collection.target!, file, lookup, filled);
    if (!cliTarget) {
      // Running a collection runs its target: the command is shown before it starts (issue 52 point 3).
      outcome.target = shownTarget(collection.target!, target);
      io.err(`inspector: ${visible(file)} starts its target: ${outcome.target}`);
    }
    const snapshots = new SnapshotFile(snapshotFileOf(file));
    for (const era of a.eraBoth ? (["legacy", "modern"] as const) : [undefined]) {
      const hs = headlessSession(a, target, env, { interactive: hasPerson() });
      if (era) hs.protocolEra = era;
      hs.onFault = faults.onFault;
      // The first connection adopts the target started early (the same launch only); later ones start their own.
      hs.early = early;
      early = undefined;
      let cs;
      try {
        cs = await connectForCollections(hs, [collection]);
      } catch (e) {
        outcome.runs.push({ ...(era ? { era } : {}), connectError: (e as Error).message });
        const snap = (e as { snapshot?: SessionSnapshot }).snapshot;
        if (snap)
          recordings.push({
            label: labelOf(file, era),
            snapshot: { ...snap, verdicts: [{ source: "test", name: "connect", status: "error", message: (e as Error).message, file }] },
            failed: true,
          });
        continue;
      }
      try {
        const run = await runCollection(cs.session, collection, {
          file,
          env: lookup,
          filled,
          grep: a.grep,
          bail: a.bail,
          snapshots,
          updateSnapshots: a.updateSnapshots,
          setAnswers: cs.setAnswers,
          ...(specs.length ? { models: await openEvalModels(specs, keys, cs.recordModel) } : {}),
          ...(a.requestTimeoutMs ? { timeoutMs: a.requestTimeoutMs } : {}),
          failOn: a.failOn,
          latencyBound: latencyBoundOf(a),
        });
        outcome.runs.push({ ...(era ? { era } : {}), run });
        // The recording carries each step's verdict (expected beside actual) and the seqs it concerns.
        const snapshot = cs.snapshot();
        recordings.push({
          label: labelOf(file, era),
          snapshot: { ...snapshot, verdicts: stepVerdicts(run, snapshot.entries, file) },
          failed: !runPassed(run),
        });
      } finally {
        await cs.close();
      }
    }
    if (snapshots.save()) io.err(`inspector: snapshots written to ${visible(snapshots.file)}`);
  }
  faults.end();

  // What the runner filled from the environment leaves in no report, line or annotation.
  const shown = redactFilled(outcomes, filled);
  // Where each run's recording goes (as saveRecordings names it): the JUnit report and the job summary name it.
  const savedAt = recordingPaths(
    a.saveSession,
    recordings,
    labelOf,
    path.resolve(env.MCP_RECORDINGS_DIR || (a.output ? path.dirname(a.output) : "mcp-recordings")),
  );
  // Said relative to the folder the run was made in when inside it: the artifact keeps that layout.
  const recordingOf = (collection: string, era?: string) => {
    const p = savedAt(collection, era);
    const rel = p && path.relative(process.cwd(), p);
    return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
  };
  const report = (a.format === "junit" ? formatJunit(shown, { recordingOf }) : FORMATS[a.format](shown)).replace(/\n$/, "");
  if (a.output) writeReport(a.output, report, io);
  else io.out(report);
  if (env.GITHUB_ACTIONS === "true")
    for (const line of githubAnnotations(shown)) (a.format === "text" && !a.output ? io.out : io.err)(line);
  const failed = recordings.some((r) => r.failed);
  const recordingsDir = env.MCP_RECORDINGS_DIR || (a.output ? path.dirname(a.output) : "mcp-recordings");
  saveRecordings(a.saveSession, recordings, failed, path.resolve(recordingsDir), io.err, filledValues(filled));
  // --html: each run's page file, named as --save-session names its files.
  for (const r of a.html ? recordings : [])
    await saveRunPage(
      recordings.length === 1 ? a.html! : a.html!.replace(/(\.html?)?$/, `-${r.label}$1`),
      r.snapshot,
      io.err,
      false,
      filledValues(filled),
    );
  if (env.GITHUB_STEP_SUMMARY) appendStepSummary(env.GITHUB_STEP_SUMMARY, testSummary(shown, { recordingOf, target: cliTarget }), io.err);
  if (outcomes.some((o) => o.runs.some((r) => r.connectError))) return 4;
  return failed ? 1 : 0;
}

/** The report to its file; a report that cannot be written goes to stdout instead, so CI still sees it. */
function writeReport(file: string, report: string, io: RunContext["io"]): void {
  try {
    writeOwnFile(file, report + "\n");
    io.err(`inspector: report written to ${visible(file)}`);
  } catch (e) {
    io.err(`inspector: cannot write the report to ${visible(file)}: ${(e as Error).message}; here it is instead:`);
    io.out(report);
  }
}

/**
 * --save-session FILE keeps every run (FILE itself for one, FILE-<label> for several). Without
 * it, a failing run still keeps its recording, in the folder the test library writes failed
 * tests' recordings to ($MCP_RECORDINGS_DIR, else mcp-recordings/), and says where.
 */
function saveRecordings(
  file: string | undefined,
  recordings: ReadonlyArray<{ label: string; snapshot: SessionSnapshot; failed: boolean }>,
  failed: boolean,
  dir: string,
  err: (line: string) => void,
  redact: readonly string[],
): void {
  if (file) {
    for (const r of recordings)
      saveRun(recordings.length === 1 ? file : file.replace(/(\.mcp-session\.json|\.json)?$/, `-${r.label}$1`), r.snapshot, err, redact);
    return;
  }
  if (!failed) return;
  for (const r of recordings.filter((x) => x.failed)) {
    const out = path.join(dir, `${r.label}.mcp-session.json`);
    saveRun(out, r.snapshot, err, redact, true);
    err(`inspector: the failed run's recording: ${visible(out)} (open it: npx mcp-inspector-harness --open ${visible(out)})`);
  }
}

/**
 * The file saveRecordings writes each run's recording to (the same names), by collection file and
 * era; undefined for a run whose recording is not kept (it passed, and no --save-session).
 */
function recordingPaths(
  file: string | undefined,
  recordings: ReadonlyArray<{ label: string; failed: boolean }>,
  labelOf: (file: string, era?: string) => string,
  dir: string,
): (collection: string, era?: string) => string | undefined {
  return (collection, era) => {
    const r = recordings.find((x) => x.label === labelOf(collection, era));
    if (!r) return undefined;
    if (file) return recordings.length === 1 ? file : file.replace(/(\.mcp-session\.json|\.json)?$/, `-${r.label}$1`);
    return r.failed ? path.join(dir, `${r.label}.mcp-session.json`) : undefined;
  };
}

/**
 * shared/save-session's saveRunSession, with the values the runs filled from the environment
 * taken out too (it takes no such list yet). A write that fails goes to the temp folder instead.
 */
function saveRun(file: string, snapshot: SessionSnapshot, err: (line: string) => void, redact: readonly string[], quiet = false): void {
  try {
    writeSessionFile(file, snapshot, { redact });
    if (!quiet) err(`inspector: session saved to ${visible(file)}`);
  } catch (e) {
    const fallback = path.join(tmpdir(), `inspector-${process.pid}-${Date.now()}.mcp-session.json`);
    try {
      writeSessionFile(fallback, snapshot, { redact });
      err(`inspector: --save-session: cannot write ${visible(file)}: ${readFailure(e)}; saved to ${visible(fallback)} instead`);
    } catch {
      err(`inspector: --save-session: cannot write ${visible(file)}: ${readFailure(e)}; the session was not saved`);
    }
  }
}

/**
 * A collection's own target: `${ENV}` filled in (the inspector's own secrets refused), and
 * relative paths read from the collection file's folder: the process starts there unless `cwd:`
 * says otherwise (itself relative to the file's folder), as a package.json script runs in its
 * package's folder whoever calls it.
 */
function targetOf(t: CollectionTarget, file: string, lookup: ReturnType<typeof commandLineEnv>, filled: Filled): Target {
  let done: CollectionTarget;
  try {
    done = fillIn(t, {}, lookup, filled);
  } catch (e) {
    if (e instanceof MissingValue) throw new UsageError(`${visible(file)}: target: ${e.message}`);
    throw e;
  }
  if ("url" in done) return { transport: done.transport ?? "http", url: done.url, headers: done.headers ?? {} };
  const cwd = path.resolve(path.dirname(file), done.cwd ?? ".");
  return { transport: "stdio", command: done.command, args: done.args ?? [], env: done.env ?? {}, cwd };
}

/** The target as the file writes it (`${NAME}` unfilled: no value is shown), escaped, with where it runs. */
function shownTarget(written: CollectionTarget, t: Target): string {
  if (!("command" in written)) return visible(written.url);
  const env = Object.entries(written.env ?? {}).map(([k, v]) => `${joinShellWords([k])}=${joinShellWords([v])} `);
  const line = env.join("") + joinShellWords([written.command, ...(written.args ?? [])]);
  return `${visible(line)}${t.transport === "stdio" && t.cwd ? ` (in ${visible(t.cwd)})` : ""}`;
}
