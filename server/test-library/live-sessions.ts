import type { SessionSnapshot } from "../record/session-file";

/** A session (or a failed connect) whose recording a failed test may want. */
export interface Recordable {
  /** What the recording is named after when the test's name is not known. */
  readonly label: string;
  /**
   * The session's recording: the whole record, or with `afterSeq` the handshake and what came
   * after that seq (the part of a shared session one test produced).
   */
  snapshot(afterSeq?: number): SessionSnapshot;
  /** The seq of the newest entry so far (where a test's part of a shared session starts). */
  lastSeq?(): number;
  /** Ends the session, when it got as far as one (the hook closes what a test left open). */
  close?(): Promise<void>;
  /** True once the session closed (or its connect failed): nothing is left to close. */
  ended?: boolean;
}

/** One test, between a framework's before-each and after-each: the shared sessions' seqs when it began. */
interface TestScope {
  readonly startedAt: Map<Recordable, number>;
}

/** A session opened outside any test (beforeAll, a describe's body): the file's, kept open across its tests. */
const FILE = "file";

/**
 * Ended sessions kept for a hook to take: the newest this many. Without a test framework's hook
 * (a script, node:test without recordFailedTests) nothing takes them, and every session's record
 * would stay in memory for the life of the process.
 */
const ENDED_KEPT = 32;

/** Every tracked session and who opened it: a test (its scope) or the file. */
const live = new Map<Recordable, TestScope | typeof FILE>();
/** The test running now, when a framework's before-each said one began. */
let current: TestScope | undefined;
/** A framework's before-each has run in this process: sessions opened outside a test are the file's. */
let scoped = false;

/**
 * Sessions made since the last take: a test framework's hooks take them after each test, and
 * write their recordings when the test failed (server/test-library/recordings.ts).
 */
export function track(r: Recordable): void {
  live.set(r, current ?? FILE);
}

/** The session closed (or never connected): it stays for a hook to take, among the newest ENDED_KEPT ended ones. */
export function ended(r: Recordable): void {
  r.ended = true;
  if (live.size > ENDED_KEPT) forgetOldestEnded();
}

/** Keep the newest ENDED_KEPT ended sessions; sessions still open are always kept (a hook closes them). */
function forgetOldestEnded(): void {
  let count = 0;
  for (const r of [...live.keys()].reverse()) if (r.ended && ++count > ENDED_KEPT) live.delete(r);
}

/**
 * A test begins (a framework's before-each): what it opens from now on is its own, and each open
 * session of the file is marked where this test's part of it starts.
 */
export function testStarted(): void {
  scoped = true;
  const startedAt = new Map<Recordable, number>();
  for (const [r, owner] of live) if (owner === FILE && !r.ended && r.lastSeq) startedAt.set(r, r.lastSeq());
  current = { startedAt };
}

/** What a test's after-each hook has: the sessions the test opened, and its part of each session of the file. */
export interface TestSessions {
  /** Opened by the test (or its before-each): recorded whole, closed after it. */
  own: Recordable[];
  /** The file's sessions, each as the part of its record this test produced: recorded, never closed by the test's hook. */
  shared: Recordable[];
}

function forTest(take: boolean): TestSessions {
  // No before-each ever ran (node:test's recordFailedTests without one): every session is the test's, as before scopes.
  if (!scoped) {
    const own = [...live.keys()];
    if (take) live.clear();
    return { own, shared: [] };
  }
  const scope = current;
  const own: Recordable[] = [];
  const shared: Recordable[] = [];
  for (const [r, owner] of live) {
    if (owner === FILE) {
      const from = scope?.startedAt.get(r);
      // Ended before this test began, or made outside it while it ran (a concurrent neighbour's beforeAll): nothing of this test.
      if (from !== undefined) shared.push(partOf(r, from));
      if (take && r.ended) live.delete(r);
    } else if (owner === scope) {
      own.push(r);
      if (take) live.delete(r);
    }
  }
  if (take) current = undefined;
  return { own, shared };
}

/** The after-each hook takes the test's sessions (and forgets ended ones of the file). */
export function takeTestSessions(): TestSessions {
  return forTest(true);
}

/** The test's sessions so far, left in place (a failing matcher writes their recordings mid-test). */
export function peekTestSessions(): TestSessions {
  return forTest(false);
}

/**
 * The file is done (a framework's after-all): the sessions opened outside its tests, taken to be
 * closed. The process may go on to another file (vitest with `isolate: false`, one Jest worker,
 * a script that imports several): that file starts as a fresh process does, with no test scope,
 * so one without hooks owns what it opens (a test scope left set here made its sessions no one's).
 */
export function takeFileSessions(): Recordable[] {
  const mine = [...live].filter(([, owner]) => owner === FILE).map(([r]) => r);
  for (const r of mine) live.delete(r);
  scoped = false;
  current = undefined;
  return mine;
}

/** A shared session seen from one test: its recording is the handshake and what came after `from`. */
function partOf(r: Recordable, from: number): Recordable {
  return { label: r.label, snapshot: () => r.snapshot(from) };
}
