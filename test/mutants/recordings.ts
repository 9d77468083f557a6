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

/** Records the scenario on every correct server into `dir`; returns base id -> session file. */
export async function recordCorrect(dir: string): Promise<Map<string, string>> {
  const files = await pool(CORRECT, 3, async (e: Entry) => {
    const started = await reach(e);
    try {
      const file = path.join(dir, `${e.base}.mcp-session.json`);
      await runScenario(targetOf(started.reach), e.era, file);
      return [e.base, file] as const;
    } finally {
      started.stop();
    }
  });
  return new Map(files);
}
