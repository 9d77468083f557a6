import { type Recordable } from "./live-sessions";
/** Which test a recording belongs to. */
export interface TestIdentity {
    /** The test's full name (its describe blocks and its own name). */
    name: string;
    /** The test file, when the framework says. */
    file?: string;
}
/** Where recordings of failed tests go: $MCP_RECORDINGS_DIR, or mcp-recordings/ in the working directory. */
export declare function recordingsDir(): string;
/** `<file>--<test name>[--<n>].mcp-session.json`: the same test names the same file on every run (a rerun replaces it). */
export declare function recordingFile(test: TestIdentity, index: number, count: number): string;
/** Write each session's recording (redacted, as saveSession does); a snapshot that fails is skipped, not thrown over the test's own failure. */
export declare function writeRecordings(test: TestIdentity, sessions: Recordable[]): string[];
/**
 * The lines printed for a failed test's recordings: each path with the command that opens it,
 * and a `[[ATTACHMENT|…]]` line, the convention CI test reports (GitLab, Jenkins) read from a
 * JUnit testcase's system-out to link the file.
 */
export declare function recordingNotice(test: TestIdentity, files: string[]): string;
/** End what a test left open (a stdio server's process group ends with it). */
export declare function closeAll(sessions: Recordable[]): Promise<void>;
export declare function beforeTest(): void;
/**
 * After a test: the sessions it opened are taken, and the part each session of the file (opened
 * in a beforeAll) got during the test; when it failed, their recordings are written and the
 * notice returned; then the test's own sessions are closed either way (the file's stay open for
 * its next tests). A framework's afterEach calls this.
 */
export declare function afterTest(test: TestIdentity, failed: boolean): Promise<{
    files: string[];
    notice?: string;
}>;
/** After a file's tests (a framework's afterAll): the sessions opened outside its tests and left open are closed. */
export declare function afterFile(): Promise<void>;
/** The recordings of the current test's sessions so far, written now (a failing matcher under Jest). */
export declare function recordNow(test: TestIdentity): {
    files: string[];
    notice?: string;
};
/** What node:test's afterEach hands its hook (Node ≥ 20.x: `passed`, `fullName`, `diagnostic`). */
interface NodeTestContext {
    name: string;
    fullName?: string;
    passed?: boolean;
    diagnostic?(message: string): void;
}
/**
 * node:test: `recordFailedTests(afterEach, beforeEach)` (both from "node:test", called at the top
 * of a test file) writes the recordings of each failed test's sessions, prints where with the
 * command that opens them (also as the test's diagnostic), and closes what the test opened. With
 * `beforeEach`, a session opened in `before()` stays open for the file (close it in `after()`) and
 * a failed test's recording holds the part of it that the test produced; without it, every session
 * open after a test is that test's and is closed.
 */
export declare function recordFailedTests(afterEach: (fn: (t: NodeTestContext) => Promise<void>) => void, beforeEach?: (fn: () => void) => void): void;
export {};
