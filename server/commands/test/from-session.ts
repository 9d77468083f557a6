import { mkdirSync } from "node:fs";
import { loadSessionFile } from "../../record/session-loader";
import { writeOwnFile } from "../../own-file";
import path from "node:path";
import type { RunContext } from "../command";
import { stringifyCollection, type Collection } from "../../../lib/collections/format";
import { collectionFromRecord } from "../../../lib/collections/from-record";
import { visible } from "../../../lib/text/visible";
import { SnapshotFile, snapshotFileOf, snapshotValue } from "../../collections/snapshots";
import { UsageError, readFailure } from "../usage-error";

/**
 * `--from-session FILE [OUT]`: the recording's requests as a collection. With OUT, the recorded
 * answers are written beside it as its snapshots (masked as every snapshot is), so the first run
 * is judged against the recording: a server that answers differently today fails (issue 48
 * point 3). Without OUT the collection goes to stdout and its snapshot steps have nothing kept:
 * stderr says so, and how to keep them.
 */
export function fromSession(file: string, out: string | undefined, io: RunContext["io"]): number {
  // The one reader (bounded; a journal a killed tap left made whole first: issue 90 item 4).
  const parsed = loadSessionFile(file);
  if (!parsed.ok) throw new UsageError(`--from-session: ${parsed.message}`);
  if (parsed.note) io.err(`inspector: --from-session: ${parsed.note}`);
  const { collection, answers, coverage, comments, leftOut } = collectionFromRecord(
    parsed.session.entries,
    parsed.session.target,
    parsed.session.capabilities,
  );
  // Coverage you can see (issue 64): what passing this collection says nothing about.
  const notExercised = coverage.map((c) => `#   ${visible(c.tool)}: ${visible(c.why)}\n`).join("");
  // What the recording's own client caused is no step: a run would not see it again (issue 72).
  const notSteps = leftOut.map((l) => `#   ${visible(l.request)}: ${visible(l.why)}\n`).join("");
  const head =
    `# Written by inspector test --from-session ${path.basename(file)}: trim the steps you do not need.\n` +
    (notExercised ? `# Not exercised by the recording (these steps say nothing of them):\n${notExercised}` : "") +
    (notSteps ? `# Left out: the recording's own client caused these answers, which a run would not see again:\n${notSteps}` : "");
  const tellCoverage = () => {
    for (const c of coverage) io.err(`inspector: not exercised: tool ${visible(c.tool)}: ${visible(c.why)}`);
  };
  if (!out) {
    tellCoverage();
    io.out(`${head}${stringifyCollection(collection, comments)}`.replace(/\n$/, ""));
    if (answers.size)
      io.err(
        "inspector: the recorded answers are kept only when the collection is written to a file (--from-session FILE OUT.mcp-tests.yaml writes them as its snapshots); as printed, its first run keeps whatever the server answers then",
      );
    return 0;
  }
  const folder = path.dirname(path.resolve(out));
  try {
    mkdirSync(folder, { recursive: true });
    // A file for the project's repository (no secret: ${NAME} stays unfilled), so readable as a checkout's files are.
    writeOwnFile(out, `${head}${stringifyCollection(rebased(collection, folder), comments)}`, { mode: 0o644 });
    const snapshots = new SnapshotFile(snapshotFileOf(out), { fresh: true });
    for (const [name, result] of answers) snapshots.set(name, snapshotValue(result));
    snapshots.save();
  } catch (e) {
    throw new UsageError(`--from-session: cannot write ${visible(out)}: ${readFailure(e)}`);
  }
  tellCoverage();
  const kept = answers.size ? ` and the recorded answers to ${visible(snapshotFileOf(out))}` : "";
  io.err(
    `inspector: ${collection.steps.length} steps written to ${visible(out)}${kept}; run them: npx mcp-inspector-harness test ${visible(out)}`,
  );
  return 0;
}

/**
 * A collection's `target:` runs in the collection file's folder; a recording's relative paths
 * are relative to where it is replayed (this working directory). The target's cwd says so.
 */
function rebased(c: Collection, folder: string): Collection {
  const t = c.target;
  if (!t || !("command" in t)) return c;
  const cwd = path.relative(folder, path.resolve(t.cwd ?? ".")) || ".";
  return { ...c, target: { ...t, cwd } };
}
