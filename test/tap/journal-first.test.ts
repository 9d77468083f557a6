// A host that kills the tap the moment it reads an answer (Codex CLI: SIGTERM, then SIGKILL 11 ms
// later) must find every frame it got in the session's journal. The tap wrote each answer to the
// host and only then to the journal: on a loaded machine the process was parked between the two
// writes and the journal lost the last answer (save-session.test.ts's Codex test, 3 runs in 20).
// Held here without a race: at each write the host sees, every whole line it has received is
// already in the journal.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { journalPath } from "../../server/record/session-journal";
import { runStdioTap } from "../../server/tap/run-stdio";
import { FIXTURES } from "../helpers/targets";

const dir = mkdtempSync(path.join(tmpdir(), "tap-journal-first-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("with --save-session, the journal has each frame before the host does", () => {
  it("every whole line the host has received is in the journal at the moment it receives it", async () => {
    const file = path.join(dir, "s.mcp-session.json");
    let received = "";
    const missing: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        received += chunk.toString("utf8");
        const journal = readFileSync(journalPath(file), "utf8");
        for (const line of received.split("\n").slice(0, -1)) {
          // The journal keeps a frame as a JSON string of its bytes.
          if (!journal.includes(JSON.stringify(line + "\n").slice(1, -1))) missing.push(line);
        }
        done();
      },
    });
    const input = new PassThrough();
    const done = runStdioTap({
      command: process.execPath,
      args: [path.join(FIXTURES, "tap-server.mjs")],
      env: { PATH: process.env.PATH ?? "" },
      watch: [],
      saveSession: file,
      host: { input, output, log: new PassThrough() },
    });
    const answered = async (id: number) => {
      for (let i = 0; i < 600 && !received.includes(`"id":${id}}`); i++) await new Promise((r) => setTimeout(r, 25));
    };
    const send = (m: object) => input.write(JSON.stringify({ jsonrpc: "2.0", ...m }) + "\n");
    send({
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "h", version: "1" } },
    });
    await answered(1);
    send({ method: "notifications/initialized" });
    send({ id: 2, method: "tools/list" });
    send({ id: 3, method: "tools/call", params: { name: "echo", arguments: { text: "journalled first" } } });
    await answered(3);
    input.end();
    await done;
    expect(received).toContain('"id":3}');
    expect(missing).toEqual([]);
  }, 60_000);
});
