// What the published-corpus path tests share: the results rows (with harmless changes counted
// apart), the two recordings a user makes of a server (real use through the library, and
// `check --call-tools --save-session`), and the goal: every meant regression caught, no harmless
// change and no published server failed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clip, cli, LATENCY, pool, RESULTS } from "../harness";
import { PUB_ALL, PUB_CORRECT, pubArgv, pubMeant, pubSays, type PubEntry, type PubPath } from "./corpus";
import { PUB_REQUEST_MS, runPubScenario } from "./scenario";
import { latencyLimit } from "../../../lib/collections/regression-bounds";
import { parseSession } from "../../../lib/session/file";

export const PUB_RESULTS = path.join(RESULTS, "published");

export interface PubRow {
  id: string;
  base: string;
  mutant: string;
  /** What the mutant plants, in words. */
  plants: string;
  harmless: boolean;
  meant: boolean;
  caught: boolean;
  said: string;
}

export function pubRow(p: PubPath, e: PubEntry, caught: boolean, said: string): PubRow {
  return {
    id: e.id,
    base: e.base,
    mutant: e.mutant,
    plants: pubSays(e),
    harmless: e.harmless,
    meant: pubMeant(p, e),
    caught,
    said: clip(said),
  };
}

/** Writes results/published/<path>.json (render.mjs reads it for docs/verdicts.md). */
export function writePubResults(p: PubPath, rows: PubRow[]): void {
  mkdirSync(PUB_RESULTS, { recursive: true });
  const order = new Map(PUB_ALL.map((e, i) => [e.id, i]));
  rows = [...rows].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const file = path.join(PUB_RESULTS, `${p}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify({ path: p, rows }, null, 2) + "\n");
  renameSync(`${file}.tmp`, file);
}

/** The rows off the goal: a meant regression missed; a harmless change or a published server failed. */
export function pubOffGoal(rows: PubRow[]): { missed: string[]; falseFailures: string[] } {
  return {
    missed: rows.filter((r) => r.meant && !r.caught).map((r) => `${r.id}: ${r.said}`),
    falseFailures: rows.filter((r) => (r.harmless || r.mutant === "none") && r.caught).map((r) => `${r.id}: ${r.said}`),
  };
}

/**
 * How many entries a path runs at once. A run mostly waits (the everything server's long operation
 * takes 10 s, a slow mutant 5 s, a crash its time limit) and spends well under a second of CPU, so
 * more than the cores: 3 at a time left the file waiting on sleeps for minutes (issue 76).
 */
export const PUB_POOL = 6;

/** The entries with the slow ones first (a crash or a 5 s answer), so a pool ends sooner. */
export function pubSlowFirst(entries: PubEntry[]): PubEntry[] {
  const rank = (e: PubEntry) => (e.base === "everything" ? 0 : 1) + (e.mutant === "slow" ? 0 : 2);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/** The recording of real use: each published server's library test run once, saved as a session. */
export async function recordRealUse(dir: string, fsRoot: string): Promise<Map<string, string>> {
  const made = await pool(PUB_CORRECT, 2, async (e) => {
    const file = path.join(dir, `${e.base}.real.mcp-session.json`);
    const { failures } = await runPubScenario(e.base, pubArgv(e, fsRoot), file);
    if (failures.length) throw new Error(`the recording of ${e.base} failed its own checks: ${JSON.stringify(failures)}`);
    return [e.base, file] as const;
  });
  return new Map(made);
}

/**
 * The slow mutant's delay on a path judged against a recording (replay, a collection written from
 * it): its 5 s, or past the latency limit of its tool's slowest recorded call where that limit is
 * higher. A recording made on a loaded machine can answer `echo` in 600 ms, and 10x that holds 5 s
 * more: the mutant would pass for the load's doing, not the path's (seen with both suites at once).
 * The answer itself takes at least the delay, so a delay over the limit is over it whatever the load.
 */
export function slowDelayPast(e: PubEntry, recording: string): number | undefined {
  if (e.mutant !== "slow" || !e.tool) return undefined;
  const parsed = parseSession(readFileSync(recording, "utf8"));
  if (!parsed.ok) throw new Error(`${recording}: ${parsed.message}`);
  const calls = new Set<number>();
  let slowest = -1;
  for (const x of parsed.session.entries) {
    if (x.kind !== "message") continue;
    const m = x.message as { method?: unknown; params?: { name?: unknown } };
    if (x.dir === "client->server" && m.method === "tools/call" && m.params?.name === e.tool) calls.add(x.seq);
    else if (x.dir === "server->client" && x.pair && calls.has(x.pair.seq)) slowest = Math.max(slowest, x.pair.latencyMs);
  }
  if (slowest < 0) throw new Error(`${recording} has no answered call of ${e.tool}: the slow mutant on it would plant nothing`);
  return Math.max(5000, latencyLimit(slowest, LATENCY) + 1000);
}

/** `check --call-tools --save-session` on each published server: the recording check makes. */
export async function recordCheck(dir: string, fsRoot: string): Promise<Map<string, string>> {
  const made = await pool(PUB_CORRECT, 2, async (e) => {
    const file = path.join(dir, `${e.base}.check.mcp-session.json`);
    const { command, args } = pubArgv(e, fsRoot);
    const run = await cli(
      ["check", "--call-tools", "--request-timeout", String(CHECK_REQUEST_MS), "--save-session", file, command, ...args],
      {
        limitMs: 120_000,
      },
    );
    if (run.code === null) throw new Error(`check --save-session on ${e.base} did not finish: ${clip(run.stderr)}`);
    return [e.base, file] as const;
  });
  return new Map(made);
}

/** check waits this long for a call: the everything server's long operation takes 10 s by default. */
export const CHECK_REQUEST_MS = 15_000;
export { PUB_REQUEST_MS };
