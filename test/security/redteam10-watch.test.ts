// Issue 88 (red-team 10), `tap --watch` of a path in a shared folder (the system's temporary
// folder, a team's share): another local account puts a link at the watched path, or in a folder
// it makes there, to a folder of the person's. Followed, every change the person makes in that
// folder restarted the server under the host (a restart the attacker aims, and a signal of the
// person's work). The attacker is a second account made for the test; the tap is the real one.
import { mkdirSync, mkdtempSync, rmdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStdioTap } from "../../server/tap/run-stdio";
import { FIXTURES } from "../helpers/targets";
import { NO_OTHER_ACCOUNT, otherAccount, sharedFolder as sharedFolderOf, type OtherAccount } from "../helpers/other-account";
import { ByteTransport } from "../tap/scripted-host";

const SERVER = path.join(FIXTURES, "tap-server.mjs");

let other: OtherAccount | undefined;
beforeAll(() => {
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(() => other?.remove());

/** A folder anyone may write, as the system's temporary folder is (sticky, 1777). */
const sharedFolder = () => sharedFolderOf("redteam10-watch-shared-");
/** The other account runs `script` (node -e) with `args`, to its end. */
const asOther = (script: string, args: string[]) => other!.run(script, args);
const plantLink = (to: string, at: string) => asOther(`require("fs").symlinkSync(process.argv[1], process.argv[2])`, [to, at]);
const plantFolderWithLink = (at: string, to: string) =>
  asOther(`const fs = require("fs"); fs.mkdirSync(process.argv[1]); fs.symlinkSync(process.argv[2], process.argv[1] + "/inner")`, [at, to]);

/** The person's own folder (0700, as a home folder's project is), with a source file in it. */
function personsFolder(): { dir: string; src: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "redteam10-watch-home-"));
  const src = path.join(dir, "server.js");
  writeFileSync(src, "// v1\n");
  return { dir, src };
}

/**
 * `tap --watch <watch>… -- node tap-server.mjs` with a host connected: `restarts()` is what each
 * "restarting the server (… changed)" line names, in order; `restartsReach(n)` waits for the n-th;
 * `marked(file)` for the one a change of `file` causes.
 */
async function tapWatching(watch: string[]) {
  const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
  let log = "";
  host.log.on("data", (c: Buffer) => (log += c.toString()));
  const done = runStdioTap({ command: process.execPath, args: [SERVER], env: { ...process.env }, watch, host });
  await new Promise((r) => setImmediate(r));
  const t = new ByteTransport(host.input, host.output);
  const client = new Client({ name: "claude-ai", version: "0.1.0" }, { capabilities: {} });
  await client.connect(t);
  await client.listTools();
  const restarts = () => [...log.matchAll(/restarting the server \((.*) changed\)/g)].map((m) => m[1]);
  const restartsReach = (n: number, timeout = 15_000) => expect.poll(() => restarts().length, { timeout }).toBeGreaterThanOrEqual(n);
  return {
    restarts,
    restartsReach,
    /**
     * Waits for the restart the change of `mark` (written last) causes, after the first `after`:
     * its own line, or one that counts it among others (changes that settle together are named by the first).
     */
    marked: (mark: string, after = 0) =>
      expect
        .poll(
          () =>
            restarts()
              .slice(after)
              .some((r) => r.includes(mark) || / \(and \d+ more\)$/.test(r)),
          { timeout: 15_000 },
        )
        .toBe(true),
    async close() {
      await t.close();
      await done;
    },
  };
}

describe.skipIf(NO_OTHER_ACCOUNT)(
  `\`tap --watch\` of a path in a shared folder (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
  () => {
    it("a link another account puts at the watched path after the start: the person's changes in the folder it names restart nothing; a real folder made there does", async () => {
      const shared = sharedFolder();
      const mine = personsFolder();
      const control = personsFolder();
      const notyet = path.join(shared, "notyet");
      const tap = await tapWatching([notyet, control.src]);
      // The watch is live before the folder comes: a change of the other watched file restarts
      // the server first. A path not there at the start is watched through its parent folder,
      // which chokidar adds after its "ready"; a folder made at once could be seen by the start's
      // baseline (watch-baseline.ts, its own tests) and removed before that parent watch began, and
      // its removal was never seen (CI-like fresh clone, 2026-11-29 session 24: no second restart
      // in 15 s). That window at the start is not this test's subject: the link is.
      writeFileSync(control.src, "// v1, saved\n");
      await tap.restartsReach(1);
      // A real folder made at the path restarts the server, and so does its removal. Each waited
      // for: a loop that removed the folder after 2 s without a restart and made it again raced a
      // slow first restart on a loaded machine (a fresh clone's suite, 2026-11-29).
      mkdirSync(notyet);
      await tap.restartsReach(2);
      rmdirSync(notyet);
      await tap.restartsReach(3);
      // The link's own appearance is a change at the path (as a folder made there would be).
      await plantLink(mine.dir, notyet);
      await tap.restartsReach(4);
      // The person works in their folder, then in the other watched file (the proof that the tap
      // still restarts, and a mark after which nothing from the link's folder can still come).
      writeFileSync(mine.src, "// v2\n");
      writeFileSync(path.join(mine.dir, "added.js"), "// new\n");
      writeFileSync(control.src, "// v2\n");
      await tap.marked(control.src, 4);
      expect(tap.restarts()).toEqual([control.src, notyet, notyet, notyet, control.src]);
      await tap.close();
    });

    it("a link already at the watched path when the tap starts: neither the link nor the person's changes behind it restart the server", async () => {
      const shared = sharedFolder();
      const mine = personsFolder();
      const control = personsFolder();
      const notyet = path.join(shared, "notyet");
      await plantLink(mine.dir, notyet);
      const tap = await tapWatching([notyet, control.src]);
      writeFileSync(mine.src, "// v2\n");
      writeFileSync(control.src, "// v2\n");
      await tap.marked(control.src);
      expect(tap.restarts()).toEqual([control.src]);
      await tap.close();
    });

    it("a folder another account makes at the watched path, holding a link to the person's folder: changes behind the link restart nothing", async () => {
      const shared = sharedFolder();
      const mine = personsFolder();
      const control = personsFolder();
      const notyet = path.join(shared, "notyet");
      await plantFolderWithLink(notyet, mine.dir);
      const tap = await tapWatching([notyet, control.src]);
      writeFileSync(mine.src, "// v2\n");
      writeFileSync(control.src, "// v2\n");
      await tap.marked(control.src);
      expect(tap.restarts()).toEqual([control.src]);
      await tap.close();
    });
  },
);
