import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RunContext } from "../command";
import { parseCollection, stringifyCollection, type Collection, type CollectionTarget } from "../../../lib/collections/format";
import { collectionFromRecord } from "../../../lib/collections/from-record";
import { runPassed } from "../../../lib/collections/result";
import { fillIn, MissingValue } from "../../../lib/collections/variables";
import { parseSession } from "../../../lib/session/file";
import type { Target } from "../../../lib/target/target";
import { visible } from "../../../lib/text/visible";
import { connectForCollections } from "../../collections/connect";
import { runCollection } from "../../collections/run";
import { SnapshotFile, snapshotFileOf } from "../../collections/snapshots";
import type { SessionSnapshot } from "../../record/session-file";
import { headlessSession } from "../shared/headless-session";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson } from "../shared/terminal";
import { checkSaveSessionPath, saveRunSession } from "../shared/save-session";
import { UsageError, cannotRead } from "../usage-error";
import { collectionFiles } from "./files";
import { KeyStore } from "../../model/keys";
import { evalModelSpecs, openEvalModels } from "./models";
import { formatJson, formatJunit, formatTap, formatText, githubAnnotations, type FileOutcome } from "./reports";
import type { TestArgs } from "./flags";

const DEFAULT_FOLDER = "mcp-tests";
const FORMATS = { text: formatText, json: formatJson, junit: formatJunit, tap: formatTap };

export async function runTestCommand(a: TestArgs, { env, io }: RunContext): Promise<number> {
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
  const cliTarget = resolveTarget(a, env);
  const untargeted = loaded.find((l) => !l.collection.target);
  if (!cliTarget && untargeted)
    throw new UsageError(`${untargeted.file} names no target: give one (a command, --server-url, --config) or add target: to the file`);
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  // Keys from the environment only, held in memory; no step's text or report ever carries one.
  const keys = KeyStore.fromEnv(env);
  const specs = evalModelSpecs(a, loaded, keys);

  const outcomes: FileOutcome[] = [];
  const recordings: Array<{ label: string; snapshot: SessionSnapshot; failed: boolean }> = [];
  for (const { file, collection, lines } of loaded) {
    const outcome: FileOutcome = { file, lines, runs: [] };
    outcomes.push(outcome);
    const target = cliTarget ?? targetOf(collection.target!, file, env);
    const snapshots = new SnapshotFile(snapshotFileOf(file));
    for (const era of a.eraBoth ? (["legacy", "modern"] as const) : [undefined]) {
      const hs = headlessSession(a, target, env, { interactive: hasPerson() });
      if (era) hs.protocolEra = era;
      let cs;
      try {
        cs = await connectForCollections(hs, [collection]);
      } catch (e) {
        outcome.runs.push({ ...(era ? { era } : {}), connectError: (e as Error).message });
        const snap = (e as { snapshot?: SessionSnapshot }).snapshot;
        if (snap) recordings.push({ label: labelOf(file, era), snapshot: snap, failed: true });
        continue;
      }
      try {
        const run = await runCollection(cs.session, collection, {
          file,
          env,
          grep: a.grep,
          bail: a.bail,
          snapshots,
          updateSnapshots: a.updateSnapshots,
          setAnswers: cs.setAnswers,
          ...(specs.length ? { models: await openEvalModels(specs, keys, cs.recordModel) } : {}),
          ...(a.requestTimeoutMs ? { timeoutMs: a.requestTimeoutMs } : {}),
        });
        outcome.runs.push({ ...(era ? { era } : {}), run });
        recordings.push({ label: labelOf(file, era), snapshot: cs.snapshot(), failed: !runPassed(run) });
      } finally {
        await cs.close();
      }
    }
    if (snapshots.save()) io.err(`inspector: snapshots written to ${visible(snapshots.file)}`);
  }

  const report = FORMATS[a.format](outcomes).replace(/\n$/, "");
  if (a.output) writeReport(a.output, report, io);
  else io.out(report);
  if (env.GITHUB_ACTIONS === "true")
    for (const line of githubAnnotations(outcomes)) (a.format === "text" && !a.output ? io.out : io.err)(line);
  const failed = recordings.some((r) => r.failed);
  const recordingsDir = env.MCP_RECORDINGS_DIR || (a.output ? path.dirname(a.output) : "mcp-recordings");
  saveRecordings(a.saveSession, recordings, failed, path.resolve(recordingsDir), io.err);
  if (outcomes.some((o) => o.runs.some((r) => r.connectError))) return 4;
  return failed ? 1 : 0;
}

/** The report to its file; a report that cannot be written goes to stdout instead, so CI still sees it. */
function writeReport(file: string, report: string, io: RunContext["io"]): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, report + "\n");
    io.err(`inspector: report written to ${visible(file)}`);
  } catch (e) {
    io.err(`inspector: cannot write the report to ${visible(file)}: ${(e as Error).message}; here it is instead:`);
    io.out(report);
  }
}

const labelOf = (file: string, era?: string) =>
  path.basename(file).replace(/\.mcp-tests\.(ya?ml|json)$|\.(ya?ml|json)$/i, "") + (era ? `--${era}` : "");

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
): void {
  if (file) {
    for (const r of recordings)
      saveRunSession(recordings.length === 1 ? file : file.replace(/(\.mcp-session\.json|\.json)?$/, `-${r.label}$1`), r.snapshot, err);
    return;
  }
  if (!failed) return;
  for (const r of recordings.filter((x) => x.failed)) {
    const out = path.join(dir, `${r.label}.mcp-session.json`);
    saveRunSession(out, r.snapshot, err, true);
    err(`inspector: the failed run's recording: ${visible(out)} (open it: npx inspector --open ${visible(out)})`);
  }
}

/** A collection's own target: `${ENV}` filled in, a relative cwd taken from the file's folder. */
function targetOf(t: CollectionTarget, file: string, env: NodeJS.ProcessEnv): Target {
  let filled: CollectionTarget;
  try {
    filled = fillIn(t, {}, env);
  } catch (e) {
    if (e instanceof MissingValue) throw new UsageError(`${file}: target: ${e.message}`);
    throw e;
  }
  if ("url" in filled) return { transport: filled.transport ?? "http", url: filled.url, headers: filled.headers ?? {} };
  const cwd = filled.cwd ? path.resolve(path.dirname(file), filled.cwd) : undefined;
  return { transport: "stdio", command: filled.command, args: filled.args ?? [], env: filled.env ?? {}, ...(cwd ? { cwd } : {}) };
}

/** --from-session FILE [OUT]: the recording's requests as a collection, to OUT or stdout. */
function fromSession(file: string, out: string | undefined, io: RunContext["io"]): number {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(cannotRead("--from-session", file, e));
  }
  const parsed = parseSession(text);
  if (!parsed.ok) throw new UsageError(`--from-session: ${visible(file)}: ${parsed.message}`);
  const collection = collectionFromRecord(parsed.session.entries, parsed.session.target);
  const yaml = `# Written by inspector test --from-session ${path.basename(file)}: trim the steps you do not need.\n${stringifyCollection(collection)}`;
  if (!out) return (io.out(yaml.replace(/\n$/, "")), 0);
  writeFileSync(out, yaml);
  io.err(`inspector: ${collection.steps.length} steps written to ${visible(out)}; run them: npx inspector test ${visible(out)}`);
  return 0;
}
