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
    expect(stderr()).toEqual(["Error: boom\n    at a (a.js:1:1)\n    at b (b.js:2:2)", "half a line", "no newline"]);
  });
});
