import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureHubDir, hubDirPath, readHubFile, withHubLock, writeHubFile } from "../../server/tap/hub-dir";
import { MirrorRecord } from "../../server/tap/hub-record";
import type { Entry } from "../../lib/record/format";

// Issue 65, the hub's discovery: a folder of this user's alone, a hub file nobody else could have
// written, an election lock one tap holds at a time; and the hub's copy of a joined tap's record.
const scratch = () => mkdtempSync(path.join(tmpdir(), "tap-hub-dir-"));
const FILE = { version: 1 as const, pid: 4242, port: 6543, token: "t".repeat(64), secret: "s".repeat(64) };

describe("the hub folder and file", () => {
  it("lives under $XDG_RUNTIME_DIR, else in the temporary folder named by uid", () => {
    expect(hubDirPath({ XDG_RUNTIME_DIR: "/run/user/1000" })).toBe("/run/user/1000/mcp-inspector-harness");
    expect(hubDirPath({ XDG_RUNTIME_DIR: "relative/no" })).toBe(path.join(tmpdir(), `mcp-inspector-harness-${process.getuid!()}`));
    expect(hubDirPath({})).toBe(path.join(tmpdir(), `mcp-inspector-harness-${process.getuid!()}`));
  });

  it("is made 0700; a folder open to others, or a link, is refused in words", () => {
    const root = scratch();
    const dir = ensureHubDir(path.join(root, "hub"));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const open = path.join(root, "open");
    mkdirSync(open);
    chmodSync(open, 0o755);
    expect(() => ensureHubDir(open)).toThrow(/open is open to other users \(mode 755\)/);
    symlinkSync(dir, path.join(root, "link"));
    expect(() => ensureHubDir(path.join(root, "link"))).toThrow(/is not a folder \(a link or a file\)/);
  });

  it("writes the file 0600 and reads it back; a file open to others or not a hub file is stale", () => {
    const dir = ensureHubDir(path.join(scratch(), "hub"));
    expect(readHubFile(dir)).toEqual({});
    writeHubFile(dir, FILE);
    expect(statSync(path.join(dir, "hub.json")).mode & 0o777).toBe(0o600);
    expect(readHubFile(dir)).toEqual({ file: FILE });
    chmodSync(path.join(dir, "hub.json"), 0o644);
    expect(readHubFile(dir).bad).toMatch(/open to other users/);
    writeFileSync(path.join(dir, "hub.json"), JSON.stringify({ ...FILE, secret: "short" }), { mode: 0o600 });
    chmodSync(path.join(dir, "hub.json"), 0o600);
    expect(readHubFile(dir).bad).toMatch(/is not a hub file/);
    // Written over whole: a stale file is replaced, with its mode.
    writeHubFile(dir, FILE);
    expect(readHubFile(dir)).toEqual({ file: FILE });
  });

  it("the election lock is held by one at a time; a lock left by a dead tap is taken after a while", async () => {
    const dir = ensureHubDir(path.join(scratch(), "hub"));
    const order: string[] = [];
    const hold = (name: string) =>
      withHubLock(dir, async () => {
        order.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 50));
        order.push(`${name} out`);
        return name;
      });
    const [a, b] = await Promise.all([hold("a"), hold("b")]);
    expect([a?.value, b?.value]).toEqual(["a", "b"]);
    expect(order.join(",")).toMatch(/^(a in,a out,b in,b out|b in,b out,a in,a out)$/);
    // Left behind (its owner died mid-election) and not old yet: not had within a short wait.
    mkdirSync(path.join(dir, "hub.lock"));
    expect(await withHubLock(dir, async () => 1, 100)).toBeUndefined();
  });
});

describe("the hub's copy of a joined tap's record", () => {
  const e = (seq: number): Entry => ({ seq, t: seq, kind: "stderr", text: `line ${seq}` }) as Entry;

  it("keeps the tap's seqs, skips what it holds, and drops what the tap's record dropped", () => {
    const m = new MirrorRecord();
    const seen: number[] = [];
    m.subscribe((x) => seen.push(x.seq));
    m.add(1, [e(1), e(2), e(3)]);
    m.add(1, [e(3), e(4)]);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(m.since(2).map((x) => x.seq)).toEqual([3, 4]);
    expect(m.get(3)?.seq).toBe(3);
    // The tap's record evicted up to 3 (its own `dropped` entry, seq 6, says so).
    m.add(4, [e(5), e(6)]);
    expect(m.firstSeq).toBe(4);
    expect(m.since(0).map((x) => x.seq)).toEqual([4, 5, 6]);
    expect(m.get(2)).toBeUndefined();
    expect(m.lastSeq).toBe(6);
    expect(() => m.append()).toThrow(/takes no entries of its own/);
  });
});
