import { openTestSpan } from "../otel/hook";
import path from "node:path";
import { peekTestSessions, takeFileSessions, takeTestSessions, testStarted, type Recordable } from "./live-sessions";
import { writeSessionFile } from "../record/session-file";

/** Which test a recording belongs to. */
export interface TestIdentity {
  /** The test's full name (its describe blocks and its own name). */
  name: string;
  /** The test file, when the framework says. */
  file?: string;
}

/** Where recordings of failed tests go: $MCP_RECORDINGS_DIR, or mcp-recordings/ in the working directory. */
export function recordingsDir(): string {
  return path.resolve(process.env.MCP_RECORDINGS_DIR || "mcp-recordings");
}

/** A file-name-safe form of a test's name: letters, digits, dot, dash, underscore; at most 100 characters. */
function slug(text: string): string {
  const s = text
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  return s.slice(0, 100) || "test";
}

/** `<file>--<test name>[--<n>].mcp-session.json`: the same test names the same file on every run (a rerun replaces it). */
export function recordingFile(test: TestIdentity, index: number, count: number): string {
  const file = test.file ? `${slug(path.basename(test.file).replace(/(\.(test|spec))?\.[cm]?[jt]sx?$/, ""))}--` : "";
  const n = count > 1 ? `--${index + 1}` : "";
  return path.join(recordingsDir(), `${file}${slug(test.name)}${n}.mcp-session.json`);
}

/** Write each session's recording (redacted, as saveSession does); a snapshot that fails is skipped, not thrown over the test's own failure. */
export function writeRecordings(test: TestIdentity, sessions: Recordable[]): string[] {
  const written: string[] = [];
  sessions.forEach((r, i) => {
    const file = recordingFile(test, i, sessions.length);
    try {
      writeSessionFile(file, r.snapshot());
      written.push(file);
    } catch (e) {
      console.error(`mcp-inspector-harness: could not write the recording of ${r.label} to ${file}: ${String(e)}`);
    }
  });
  return written;
}

/** As the person runs it: relative to the working directory when inside it, quoted when it has spaces. */
function shownPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  const p = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
  return /\s/.test(p) ? JSON.stringify(p) : p;
}

/**
 * The lines printed for a failed test's recordings: each path with the command that opens it,
 * and a `[[ATTACHMENT|…]]` line, the convention CI test reports (GitLab, Jenkins) read from a
 * JUnit testcase's system-out to link the file.
 */
export function recordingNotice(test: TestIdentity, files: string[]): string {
  const lines = [`MCP recording${files.length > 1 ? "s" : ""} of the failed test "${test.name}":`];
  for (const f of files) lines.push(`  ${shownPath(f)}`, `    open it: npx mcp-inspector-harness --open ${shownPath(f)}`);
  for (const f of files) lines.push(`[[ATTACHMENT|${f}]]`);
  return lines.join("\n");
}

/** End what a test left open (a stdio server's process group ends with it). */
export async function closeAll(sessions: Recordable[]): Promise<void> {
  await Promise.all(sessions.map((r) => r.close?.().catch(() => undefined)));
}

/** A framework's before-each: what is opened from now on is the test's own (see live-sessions.ts). */
/** The running test's OpenTelemetry span (with OTEL_* export on): the parent of its calls. */
let testSpan: ReturnType<typeof openTestSpan>;

export function beforeTest(): void {
  testStarted();
  testSpan = openTestSpan();
}

/**
 * After a test: the sessions it opened are taken, and the part each session of the file (opened
 * in a beforeAll) got during the test; when it failed, their recordings are written and the
 * notice returned; then the test's own sessions are closed either way (the file's stay open for
 * its next tests). A framework's afterEach calls this.
 */
export async function afterTest(test: TestIdentity, failed: boolean): Promise<{ files: string[]; notice?: string }> {
  testSpan?.end(`test ${test.name}`, test.file ? { "code.filepath": test.file } : {}, failed ? "the test failed" : undefined);
  testSpan = undefined;
  const { own, shared } = takeTestSessions();
  const sessions = [...own, ...shared];
  const files = failed && sessions.length > 0 ? writeRecordings(test, sessions) : [];
  await closeAll(own);
  return files.length > 0 ? { files, notice: recordingNotice(test, files) } : { files };
}

/** After a file's tests (a framework's afterAll): the sessions opened outside its tests and left open are closed. */
export async function afterFile(): Promise<void> {
  await closeAll(takeFileSessions());
}

/** The recordings of the current test's sessions so far, written now (a failing matcher under Jest). */
export function recordNow(test: TestIdentity): { files: string[]; notice?: string } {
  const { own, shared } = peekTestSessions();
  const sessions = [...own, ...shared];
  const files = sessions.length > 0 ? writeRecordings(test, sessions) : [];
  return files.length > 0 ? { files, notice: recordingNotice(test, files) } : { files };
}

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
export function recordFailedTests(
  afterEach: (fn: (t: NodeTestContext) => Promise<void>) => void,
  beforeEach?: (fn: () => void) => void,
): void {
  beforeEach?.(() => beforeTest());
  afterEach(async (t) => {
    const test = { name: t.fullName ?? t.name, ...(process.argv[1] ? { file: process.argv[1] } : {}) };
    const { notice } = await afterTest(test, t.passed === false);
    if (notice) {
      console.error(notice);
      t.diagnostic?.(notice);
    }
  });
}
