import { describe, expect, test } from "vitest";
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
});
