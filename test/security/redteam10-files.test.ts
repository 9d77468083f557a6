// Issue 88 (red-team 10), the files: another local account reaches a shared folder (the system's
// temporary folder, a team's share) before the person does. It plants a link where the tap's
// journal goes, or a file of its own kept open; it writes a journal beside the person's session
// file for `replay FILE --yes` to run its command. Each test runs the attacker as a second account.
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOurFile, openOwnFile, writeOwnFile } from "../../server/own-file";
import { writeSessionFile } from "../../server/record/session-file";
import { journalPath } from "../../server/record/session-journal";
import { loadSessionFile } from "../../server/record/session-loader";
import { RecordStore } from "../../server/record/store";
import { startJournal } from "../../server/tap/session";
import { startWatching } from "../../server/tap/watch-paths";
import { SecretForms } from "../../lib/session/secret-forms";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import type { Target } from "../../lib/target/target";
import { NO_OTHER_ACCOUNT, otherAccount, sharedFolder as sharedFolderOf, type OtherAccount } from "../helpers/other-account";

const target: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };
const state = { status: "disconnected" as const, generation: 1, target, pending: [], answers: DEFAULT_ANSWERS };
const VICTIM = "the person's own file, untouched\n";

let other: OtherAccount | undefined;
beforeAll(() => {
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(() => other?.remove());

/** A folder anyone may write, as the system's temporary folder is (sticky, 1777). */
const sharedFolder = () => sharedFolderOf("redteam10-shared-");
/** The other account runs `script` (node -e) with `args`, to its end. */
const asOther = (script: string, args: string[]) => other!.run(script, args);

const plantLink = (to: string, at: string) => asOther(`require("fs").symlinkSync(process.argv[1], process.argv[2])`, [to, at]);
const plantFile = (at: string, text: string) =>
  asOther(
    `require("fs").writeFileSync(process.argv[1], process.argv[2], { mode: 0o666 }); require("fs").chmodSync(process.argv[1], 0o666)`,
    [at, text],
  );

describe.skipIf(NO_OTHER_ACCOUNT)(`the journal's name, taken first (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`, () => {
  it("a link planted at FILE.journal is not written through: the person's file it names stays as it was, and the tap says why", async () => {
    const dir = sharedFolder();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-home-")), "bashrc");
    writeFileSync(victim, VICTIM);
    const file = path.join(dir, "s.mcp-session.json");
    await plantLink(victim, journalPath(file));
    const said: string[] = [];
    const journal = startJournal(file, new RecordStore(), target, {}, (t) => said.push(t));
    expect(journal).toBeUndefined();
    expect(readFileSync(victim, "utf8")).toBe(VICTIM);
    expect(said.join("\n")).toContain(`${journalPath(file)} is a link`);
  });

  it("a file of its own planted there (0666, to read the live journal) is not opened", async () => {
    const dir = sharedFolder();
    const file = path.join(dir, "s.mcp-session.json");
    await plantFile(journalPath(file), "");
    const said: string[] = [];
    const record = new RecordStore();
    const journal = startJournal(file, record, target, {}, (t) => said.push(t));
    record.append({ kind: "stderr", text: "the host's arguments" });
    journal?.close();
    expect(readFileSync(journalPath(file), "utf8")).toBe("");
    expect(said.join("\n")).toMatch(/belongs to another account|being written/);
  });

  it("a session file's name taken by a link or another's file in a shared folder is refused, naming it; a new file is 0600", async () => {
    const dir = sharedFolder();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-home-")), "notes");
    writeFileSync(victim, VICTIM);
    const linked = path.join(dir, "linked.json");
    await plantLink(victim, linked);
    expect(() => writeSessionFile(linked, { target, state, entries: [] })).toThrow(NotOurFile);
    expect(() => writeSessionFile(linked, { target, state, entries: [] })).toThrow(`${linked} is a link`);
    expect(lstatSync(linked).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM);
    const planted = path.join(dir, "planted.json");
    await plantFile(planted, "theirs");
    expect(() => writeSessionFile(planted, { target, state, entries: [] })).toThrow(/belongs to another account \(uid \d+\)/);
    expect(readFileSync(planted, "utf8")).toBe("theirs");
    const fresh = path.join(dir, "fresh.json");
    writeSessionFile(fresh, { target, state, entries: [] });
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });

  it("a report (JUnit, text, JSON) goes through the same writer: a planted link is refused, a device the person names is written through", async () => {
    const dir = sharedFolder();
    const victim = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-home-")), "profile");
    writeFileSync(victim, VICTIM);
    await plantLink(victim, path.join(dir, "report.xml"));
    expect(() => writeOwnFile(path.join(dir, "report.xml"), "<testsuites/>")).toThrow(/is a link/);
    expect(readFileSync(victim, "utf8")).toBe(VICTIM);
    expect(() => writeOwnFile("/dev/null", "through")).not.toThrow();
  });

  it("a journal another account wrote beside the person's session file is left alone and said so: its command is never the session's", async () => {
    const dir = sharedFolder();
    const file = path.join(dir, "s.mcp-session.json");
    const forged = {
      journal: "mcp-inspector-harness session journal",
      version: 1,
      inspectorVersion: "0.1.0",
      recordedFrom: "/",
      pid: 1 << 22,
      target: { transport: "stdio", command: "sh", args: ["-c", "touch /tmp/pwned"], env: {} },
      nonce: "00",
      mac: "0".repeat(64),
    };
    await plantFile(journalPath(file), JSON.stringify(forged) + "\n");
    const none = loadSessionFile(file);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toContain(`${journalPath(file)} belongs to another account`);
    // With the person's own file there, it is read, and the note says why the journal was not.
    writeSessionFile(file, { target, state, entries: [] });
    const loaded = loadSessionFile(file);
    expect(loaded.ok && loaded.session.target).toMatchObject({ command: "node" });
    expect(loaded.ok && loaded.note).toContain("belongs to another account");
    expect(existsSync(journalPath(file))).toBe(true);
  });
});

describe("a journal is read back only when it was made by this inspector for that FILE", () => {
  it("one of the person's own whose header is not bound to this FILE (written by hand, or made for another file and moved) is left alone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "redteam10-own-"));
    const a = path.join(dir, "a.json");
    const b = path.join(dir, "b.json");
    const record = new RecordStore();
    const journal = startJournal(a, record, target, {}, () => undefined)!;
    record.append({ kind: "stderr", text: "made for a" });
    journal.close();
    // Moved beside b (its header still names a's key): not b's.
    writeFileSync(journalPath(b), readFileSync(journalPath(a)), { mode: 0o600 });
    const moved = loadSessionFile(b);
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.message).toContain("was not made by this inspector for b.json");
    // Its own: made whole.
    const own = loadSessionFile(a);
    expect(own.ok && own.session.entries.map((e) => e.kind)).toEqual(["stderr"]);
    // A journal open to others (mode 0666) is not read either.
    writeFileSync(journalPath(b), "{}", { mode: 0o666 });
    chmodSync(journalPath(b), 0o666);
    expect(() => openOwnFile(journalPath(b))).toThrow(/writable by other accounts/);
  });
});

describe("`tap --watch`", () => {
  /** Changes `touch` until the watch tells one that `until` accepts, or `ms` pass: what it told. */
  async function watched(paths: string[], touch: () => void, until: (told: string[]) => boolean, ms: number): Promise<string[]> {
    const told: string[] = [];
    const w = startWatching(
      paths,
      (f) => told.push(f),
      () => undefined,
    );
    const end = Date.now() + ms;
    while (!until(told) && Date.now() < end) {
      touch();
      // Longer than the watch's quiet time (200 ms): each change settles before the next.
      await new Promise((r) => setTimeout(r, 500));
    }
    await w.close();
    return told;
  }

  it("a watched folder's file named with terminal escapes reaches the restart line escaped", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "redteam10-watch-"));
    const name = "\x1b]52;c;aGVsbG8=\x07x\x1b[2J.js";
    let n = 0;
    const told = await watched(
      [dir],
      () => writeFileSync(path.join(dir, name), String(n++)),
      (t) => t.length > 0,
      10_000,
    );
    expect(told.length).toBeGreaterThan(0);
    expect(told.join("")).not.toMatch(/[\x1b\x07]/);
    expect(told[0]).toContain("x");
  });
});

describe("what the masks do not catch, as docs/security.md says", () => {
  it("a value spelled with spaces between its letters, or backwards, is not found (zero-width splits are)", () => {
    const v = "s3cr3t-value-XYZ";
    const forms = new SecretForms([v]);
    const masked = (t: string) => forms.replace(`x ${t} y`, () => "[R]").text;
    expect(masked(v.split("").join("\u200b"))).toBe("x [R] y");
    expect(masked(v.split("").join(" "))).toContain(v.split("").join(" "));
    expect(masked([...v].reverse().join(""))).toContain([...v].reverse().join(""));
  });
});
