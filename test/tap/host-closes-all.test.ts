// Issue 90 point 8: a host that closes the tap's stdin, stdout and stderr at once (it quit) got
// exit 1 from the tap, though the session was saved: the tap's last line on stderr ("session
// saved") met a closed pipe, and an EPIPE nobody listened for ended the process. The host went
// first, so the tap exits 0 (docs/tap.md), its session saved, whatever its own pipes say.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runStdioTap } from "../../server/tap/run-stdio";
import { FIXTURES, ROOT } from "../helpers/targets";

/** A pipe the host can close: once closed, every write fails with EPIPE, as a real one's does. */
function hostPipe(): Writable & { shut(): void } {
  let shut = false;
  const w = new Writable({
    write(_chunk, _enc, cb) {
      cb(shut ? Object.assign(new Error("write EPIPE"), { code: "EPIPE" }) : null);
    },
  });
  return Object.assign(w, { shut: () => void (shut = true) });
}

describe("a host that closes stdin, stdout and stderr at once", () => {
  it("the tap exits 0 and the session is saved", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-closes-all-")), "s.mcp-session.json");
    const host = { input: new PassThrough(), output: hostPipe(), log: hostPipe() };
    const done = runStdioTap({
      command: process.execPath,
      args: [path.join(FIXTURES, "tap-server.mjs")],
      env: { ...process.env },
      watch: [],
      saveSession: file,
      host,
    });
    host.input.write(
      '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    await new Promise((r) => setTimeout(r, 300));
    // All three at once, as a host that quits closes them.
    host.output.shut();
    host.log.shut();
    host.input.end();
    expect(await done).toBe(0);
    // Whatever the tap still writes after it returns must not end the process either.
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(file)).toBe(true);
  });

  it("as a host does it, to the command: the tap's process exits 0, the session saved", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "tap-closes-all-")), "s.mcp-session.json");
    const tap = spawn(
      process.execPath,
      [
        path.join(ROOT, "bin/inspector.mjs"),
        "tap",
        "--no-page",
        "--save-session",
        file,
        "--",
        process.execPath,
        path.join(FIXTURES, "tap-server.mjs"),
      ],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    const exited = new Promise<number | null>((r) => tap.once("exit", (code) => r(code)));
    tap.stdin.write(
      '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}\n',
    );
    // The server's answer came through: the tap is forwarding.
    await new Promise<void>((r) => tap.stdout.once("data", () => r()));
    tap.stdin.destroy();
    tap.stdout.destroy();
    tap.stderr.destroy();
    expect(await exited).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});
