// Issue 90 items 4 and 5: a session that ended with only FILE.journal (Codex, Copilot -p) is read
// by every command that reads FILE, and a second tap of the same FILE keeps its own session.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDiffSide } from "../../server/commands/diff/run";
import { fromSession } from "../../server/commands/test/from-session";
import { journalPath } from "../../server/record/session-journal";
import { RecordStore } from "../../server/record/store";
import { claimSessionFile, numbered, startJournal } from "../../server/tap/session";
import type { Target } from "../../lib/target/target";

const target: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };

/** A tap's journal for FILE as a killed tap leaves it (its process gone): one tools/call. */
function leftJournal(file: string): void {
  const record = new RecordStore();
  const journal = startJournal(file, record, target, {}, () => undefined)!;
  record.append({
    kind: "message",
    dir: "client->server",
    size: 1,
    message: { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: { text: "hi" } } },
  });
  journal.close();
}

describe("a FILE that is only its journal", () => {
  it("is a recording to `diff` and to `test --from-session`, made whole as it is read", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "journal-reads-")), "s.mcp-session.json");
    leftJournal(file);
    expect(parseDiffSide(file)).toEqual({ kind: "session", file });
    const out: string[] = [];
    const err: string[] = [];
    expect(fromSession(file, undefined, { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } as never)).toBe(0);
    expect(out.join("\n")).toContain("Written by inspector test --from-session s.mcp-session.json");
    expect(err.join("\n")).not.toMatch(/cannot read|no such file/);
  });
});

describe("two taps of one FILE (issue 90 item 5)", () => {
  it("the second keeps its session beside the first's, and says where", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "journal-two-")), "s.mcp-session.json");
    const said: string[] = [];
    expect(claimSessionFile(file, (t) => said.push(t))).toBe(file);
    const first = startJournal(file, new RecordStore(), target, {}, () => undefined)!;
    // Its own journal is no other tap's; one whose tap still runs (another process) is.
    expect(claimSessionFile(file, (t) => said.push(t))).toBe(file);
    const lines = readFileSync(first.path, "utf8").split("\n");
    writeFileSync(first.path, [JSON.stringify({ ...JSON.parse(lines[0]), pid: process.ppid }), ...lines.slice(1)].join("\n"));
    expect(claimSessionFile(file, (t) => said.push(t))).toBe(numbered(file, 2));
    expect(numbered(file, 2)).toMatch(/s-2\.mcp-session\.json$/);
    expect(said.join("\n")).toContain(`this session goes to ${numbered(file, 2)}`);
    first.close();
    // A name that is not ours to use (a link there) is passed over as well.
    const other = path.join(path.dirname(file), "t.mcp-session.json");
    symlinkSync("/nonexistent", journalPath(other));
    expect(claimSessionFile(other, () => undefined)).toBe(numbered(other, 2));
  });
});
