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
/**
 * Sessions made since the last take: a test framework's hooks take them after each test, and
 * write their recordings when the test failed (server/test-library/recordings.ts).
 */
export declare function track(r: Recordable): void;
/** The session closed (or never connected): it stays for a hook to take, among the newest ENDED_KEPT ended ones. */
export declare function ended(r: Recordable): void;
/**
 * A test begins (a framework's before-each): what it opens from now on is its own, and each open
 * session of the file is marked where this test's part of it starts.
 */
export declare function testStarted(): void;
/** What a test's after-each hook has: the sessions the test opened, and its part of each session of the file. */
export interface TestSessions {
    /** Opened by the test (or its before-each): recorded whole, closed after it. */
    own: Recordable[];
    /** The file's sessions, each as the part of its record this test produced: recorded, never closed by the test's hook. */
    shared: Recordable[];
}
/** The after-each hook takes the test's sessions (and forgets ended ones of the file). */
export declare function takeTestSessions(): TestSessions;
/** The test's sessions so far, left in place (a failing matcher writes their recordings mid-test). */
export declare function peekTestSessions(): TestSessions;
/**
 * The file is done (a framework's after-all): the sessions opened outside its tests, taken to be
 * closed. The process may go on to another file (vitest with `isolate: false`, one Jest worker,
 * a script that imports several): that file starts as a fresh process does, with no test scope,
 * so one without hooks owns what it opens (a test scope left set here made its sessions no one's).
 */
export declare function takeFileSessions(): Recordable[];
