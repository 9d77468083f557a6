// Issue 91: the record (or the session writer) cuts a body past its bound, keeping its size and
// SHA-256. Replay compares such an answer by what was kept: the same when the live answer has that
// size and digest, changed when it differs, even by one word of the same length.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Entry } from "../lib/record/format";
import type { SessionFile } from "../lib/session/file";
import type { ReplayItem } from "../lib/session/replay-result";
import type { Target } from "../lib/target/target";
import { runCommandLine } from "../server/commands/main";
import { Engine } from "../server/engine";
import { fitSession } from "../server/record/session-fit";
import { RecordStore } from "../server/record/store";
import { replaySession } from "../server/replay/replay";
import { FIXTURES } from "./helpers/targets";
import { recordSession } from "./helpers/sessions";

const MiB = 1024 * 1024;
const BIG = path.join(FIXTURES, "big.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "replay-cut-"));

/**
 * big.mjs behind a filter of its stdout lines: `from` replaced by `to` in every line, so a variant
 * answers what big.mjs does with one change (or none: the wire text only respaced).
 */
const PROXY = path.join(dir, "proxy.mjs");
writeFileSync(
  PROXY,
  `import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
const [from, to, server] = process.argv.slice(2);
const child = spawn(process.execPath, [server], { stdio: ["pipe", "pipe", "inherit"] });
process.stdin.pipe(child.stdin);
child.on("exit", (code) => process.exit(code ?? 0));
createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (l) => process.stdout.write(l.split(from).join(to) + "\\n"));
`,
);
const stdio = (args: string[]): Target => ({ transport: "stdio", command: process.execPath, args, env: {} });
const big = stdio([BIG]);
/** The same answer but for one word: "dog" is "cat" (the same length, so the same size). */
const mutant = stdio([PROXY, "dog", "cat", BIG]);
/** big.mjs's frames with a space after each comma between members of the envelope: the same JSON, other wire text. */
const spaced = stdio([PROXY, `"jsonrpc":"2.0",`, `"jsonrpc": "2.0", `, BIG]);

/** Connect, list the tools, call `big` for 2 MiB of text; the session as `--save-session` builds it. */
const recorded = (target: Target, record = new RecordStore()): Promise<SessionFile> =>
  recordSession(
    target,
    async (engine) => {
      await engine.request("tools/list", {});
      await engine.callTool("big", { mb: 2 });
    },
    {},
    record,
  );

/** The session with the request id `from` (and its answer's) as `to`, in the message and in its wire text. */
function renumbered(s: SessionFile, from: number, to: number): SessionFile {
  const entries = s.entries.map((e) => {
    if (e.kind !== "message" || (e.message as { id?: unknown }).id !== from) return e;
    const raw = e.raw?.replace(`"id":${from},`, `"id":${to},`);
    const size = e.size + String(to).length - String(from).length;
    return { ...e, message: { ...(e.message as object), id: to }, size, ...(raw === undefined ? {} : { raw }) };
  });
  return { ...s, entries };
}

const bigAnswer = (s: SessionFile) =>
  s.entries.find((e): e is Extract<Entry, { kind: "message" }> => e.kind === "message" && e.pair?.method === "tools/call")!;

async function replayedCall(session: SessionFile, target: Target, record?: RecordStore): Promise<ReplayItem> {
  const live = record && { record, engine: new Engine(record, { name: "test", version: "0" }) };
  try {
    const { report } = await replaySession(session, { target, ...(live ? { live } : {}) });
    expect(report.connected).toBe(true);
    expect(report.items.find((i) => i.method === "tools/list")?.status).toBe("same");
    return report.items.find((i) => i.method === "tools/call")!;
  } finally {
    await live?.engine.close();
  }
}

// Each test records and replays its own servers: they run at once.
describe.concurrent("replay of an answer the recording cut", () => {
  test("cut by the record's bound: the same server's answer is the same; one word changed (same size) is changed", async () => {
    const session = await recorded(big, new RecordStore({ maxBodyBytes: MiB }));
    const cut = bigAnswer(session);
    expect(cut.cut).toMatchObject({ field: "result", by: "record" });
    const same = await replayedCall(session, big);
    expect(same.status).toBe("same");
    expect(same.diff).toEqual([]);
    expect(same.note).toMatch(/the recording cut this answer \([\d,]+ bytes\): compared by its size and SHA-256, the same/);
    const changed = await replayedCall(session, mutant);
    expect(changed.status).toBe("changed");
    expect(changed.diff).toEqual([
      {
        path: "$.result",
        op: "changed",
        before: { bytes: cut.size, sha256: cut.cut!.sha256 },
        after: { bytes: cut.size, sha256: expect.not.stringMatching(cut.cut!.sha256) },
      },
    ]);
  });

  test("cut by the session file's bound: the same answer is the same; the changed one is changed", async () => {
    const whole = await recorded(big);
    expect(bigAnswer(whole).cut).toBeUndefined();
    const { session, note } = fitSession(whole, MiB);
    expect(note).toMatch(/1 largest body was cut/);
    expect(bigAnswer(session).cut).toMatchObject({ field: "result", by: "file" });
    expect((await replayedCall(session, big)).status).toBe("same");
    expect((await replayedCall(session, mutant)).status).toBe("changed");
  });

  test("a server whose wire text is not JSON.stringify's (spaced): its own text, under the replay's id, is what is compared", async () => {
    const session = await recorded(spaced, new RecordStore({ maxBodyBytes: MiB }));
    expect(bigAnswer(session).cut?.by).toBe("record");
    expect((await replayedCall(session, spaced)).status).toBe("same");
    // The same JSON spaced otherwise is other text on the wire: other bytes, another digest.
    expect((await replayedCall(session, big)).status).toBe("changed");
  });

  test("the recording's ids are not the replay's (a tap's recording holds the host's own): the live frame is read under the recorded id", async () => {
    for (const target of [big, spaced]) {
      const { session } = fitSession(renumbered(await recorded(target), 2, 7), MiB);
      expect(bigAnswer(session)).toMatchObject({ message: { id: 7 }, cut: { by: "file" } });
      expect((await replayedCall(session, target)).status).toBe("same");
    }
    const { session } = fitSession(renumbered(await recorded(big), 2, 7), MiB);
    expect((await replayedCall(session, mutant)).status).toBe("changed");
  });

  test("the replay's own record cuts the live answer too: compared by the two digests", async () => {
    const session = await recorded(big, new RecordStore({ maxBodyBytes: MiB }));
    expect((await replayedCall(session, big, new RecordStore({ maxBodyBytes: MiB }))).status).toBe("same");
    expect((await replayedCall(session, mutant, new RecordStore({ maxBodyBytes: MiB }))).status).toBe("changed");
  });

  test("`inspector replay FILE`: exit 0 against the same server, 1 against the changed one", async () => {
    const session = await recorded(big, new RecordStore({ maxBodyBytes: MiB }));
    const file = path.join(mkdtempSync(path.join(dir, "cli-")), "cut.mcp-session.json");
    writeFileSync(file, JSON.stringify(session));
    const cli = async (argv: string[]) => {
      let out = "";
      const code = await runCommandLine(
        ["replay", file, "--yes", ...argv],
        {},
        { out: (s) => void (out += s + "\n"), err: () => undefined },
      );
      return { code, out };
    };
    const same = await cli([]);
    expect(same.out).toMatch(/\b2 same, 0 changed\b/);
    expect(same.code).toBe(0);
    const changed = await cli(["--command", [process.execPath, PROXY, "dog", "cat", BIG].join(" ")]);
    expect(changed.out).toMatch(/\b1 same, 1 changed\b/);
    expect(changed.code).toBe(1);
  });
});
