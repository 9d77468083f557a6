import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { StderrWrites } from "../server/engine/stderr-writes";
import { FIXTURES, waitFor } from "./helpers/targets";
import { engineFactory } from "./helpers/engine";

const { newEngine } = engineFactory();

describe("stderr as it was written", () => {
  test("a stack trace written at once is one entry; a line written in two quick parts is one; a last line without newline still arrives", async () => {
    const { rec, engine } = newEngine();
    await engine.connect({ target: { transport: "stdio", command: process.execPath, args: [`${FIXTURES}/stderr-writes.mjs`], env: {} } });
    const stderr = () => rec.since(0).flatMap((e) => (e.kind === "stderr" ? [e.text] : []));
    await waitFor(() => stderr().includes("no newline"), 5000, "the last, unterminated line");
    // Which writes share an entry depends on when the pipe is read (writes made before a read arrive
    // as one chunk, and one chunk's complete lines are one entry), so the test holds what never
    // depends on it: the trace is never cut, the two halves are one line, nothing is lost.
    const entries = stderr();
    expect(entries.flatMap((t) => t.split("\n"))).toEqual([
      "Error: boom",
      "    at a (a.js:1:1)",
      "    at b (b.js:2:2)",
      "half a line",
      "no newline",
    ]);
    expect(entries.some((t) => t.includes("Error: boom\n    at a (a.js:1:1)\n    at b (b.js:2:2)"))).toBe(true);
    // On a machine that reads the pipe at once (most runs) each write is its own entry.
    if (entries.length === 3)
      expect(entries).toEqual(["Error: boom\n    at a (a.js:1:1)\n    at b (b.js:2:2)", "half a line", "no newline"]);
  });

  test("a stall of ours does not cut a line whose rest is already in the pipe", async () => {
    // The target writes half a line, and the rest only once we have read the first half; we stall
    // (a busy machine, a long task) past the 100-ms idle flush while the rest lands in the pipe.
    // When the loop runs again its timers come before its poll reads the pipe: the line must still
    // be one entry (it was two: the overdue flush cut it).
    const dir = mkdtempSync(path.join(os.tmpdir(), "stderr-stall-"));
    const written = path.join(dir, "written");
    try {
      const target = spawn(
        process.execPath,
        [
          "-e",
          `process.stderr.write("half a ");
           process.stdin.once("data", () => { process.stderr.write("line\\n"); require("fs").writeFileSync(${JSON.stringify(written)}, ""); process.exit(0); });`,
        ],
        { stdio: ["pipe", "ignore", "pipe"] },
      );
      const entries: string[] = [];
      const writes = new StderrWrites((t) => entries.push(t));
      const chunks: string[] = [];
      target.stderr.on("data", (c: Buffer) => {
        chunks.push(c.toString());
        writes.push(c);
        if (chunks.length > 1) return;
        target.stdin.write("go\n");
        const since = Date.now();
        while (!existsSync(written) || Date.now() - since < 300) if (Date.now() - since > 20_000) break;
      });
      await new Promise((resolve) => target.stderr.once("end", resolve));
      expect(chunks[0], "the first half was read alone").toBe("half a ");
      expect(entries).toEqual(["half a line"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
