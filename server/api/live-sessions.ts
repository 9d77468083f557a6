import type { SessionSnapshot } from "../record/session-file";

/** A session (or a failed connect) whose recording a failed test may want. */
export interface Recordable {
  /** What the recording is named after when the test's name is not known. */
  readonly label: string;
  snapshot(): SessionSnapshot;
  /** Ends the session, when it got as far as one (the hook closes what a test left open). */
  close?(): Promise<void>;
}

const live = new Set<Recordable>();

/**
 * Sessions made since the last `takeRecordables()`: a test framework's hook takes them after each
 * test, and writes their recordings when the test failed (server/api/recordings.ts).
 */
export function track(r: Recordable): void {
  live.add(r);
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
