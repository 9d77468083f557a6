// The recordings the collection and replay paths start from: the scenario run once on each
// correct server, saved as a session file (what a user keeps from a good run).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CORRECT, type Entry } from "./corpus";
import { pool, reach } from "./harness";
import { runScenario, targetOf } from "./scenario";

/** A fresh folder under the OS temp dir (the caller removes it). */
export function tempDir(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `mutants-${label}-`));
}

/**
 * How long a recording's requests may take. Only correct servers are recorded here, and a person
 * keeps a good run, however long its calls took; the corpus's 3 s is for judging the mutants (replay
 * and the collections run with it). On a machine 2.6× slower than this corpus was built on, at the
 * suite's start (four vitest files starting servers at once), the 2026 server's echo took over 3 s
 * and the replay file failed on its recording, not on a verdict.
 */
const RECORDING_LIMIT_MS = 30_000;

/** Records the scenario on every correct server into `dir`; returns base id -> session file. */
export async function recordCorrect(dir: string): Promise<Map<string, string>> {
  const files = await pool(CORRECT, 3, async (e: Entry) => {
    const started = await reach(e);
    try {
      const file = path.join(dir, `${e.base}.mcp-session.json`);
      // A recording is what a person keeps from a good run: one with a failed check (a call that
      // timed out has a request and no response) would make every replay of it differ there, the
      // correct server's too. Said as the recording's failure, not as a false failure of replay.
      const { failures } = await runScenario(targetOf(started.reach), e.era, file, RECORDING_LIMIT_MS);
      if (failures.length)
        throw new Error(`recording ${e.base}'s scenario failed: ${failures.map((f) => `${f.check}: ${f.message}`).join("; ")}`);
      return [e.base, file] as const;
    } finally {
      started.stop();
    }
  });
  return new Map(files);
}
