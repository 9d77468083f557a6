import type { SessionSnapshot } from "../record/session-file";

/** A session (or a failed connect) whose recording a failed test may want. */
export interface Recordable {
  /** What the recording is named after when the test's name is not known. */
  readonly label: string;
  snapshot(): SessionSnapshot;
  /** Ends the session, when it got as far as one (the hook closes what a test left open). */
  close?(): Promise<void>;
  /** True once the session closed (or its connect failed): nothing is left to close. */
  ended?: boolean;
}

/**
 * Ended sessions kept for a hook to take: the newest this many. Without a test framework's hook
 * (a script, node:test without recordFailedTests) nothing takes them, and every session's record
 * would stay in memory for the life of the process.
 */
const ENDED_KEPT = 32;

const live = new Set<Recordable>();

/**
 * Sessions made since the last `takeRecordables()`: a test framework's hook takes them after each
 * test, and writes their recordings when the test failed (server/test-library/recordings.ts).
 */
export function track(r: Recordable): void {
  live.add(r);
}

/** The session closed (or never connected): it stays for a hook to take, among the newest ENDED_KEPT ended ones. */
export function ended(r: Recordable): void {
  r.ended = true;
  if (live.size > ENDED_KEPT) forgetOldestEnded();
}

/** Keep the newest ENDED_KEPT ended sessions; sessions still open are always kept (a hook closes them). */
function forgetOldestEnded(): void {
  let ended = 0;
  for (const r of [...live].reverse()) if (r.ended && ++ended > ENDED_KEPT) live.delete(r);
}

export function takeRecordables(): Recordable[] {
  const all = [...live];
  live.clear();
  return all;
}

/** The sessions made since the last take, left in place (a failing matcher writes their recordings mid-test). */
export function peekRecordables(): Recordable[] {
  return [...live];
}
