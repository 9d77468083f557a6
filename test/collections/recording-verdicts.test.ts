import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";
import { SERVERS } from "../mutants/corpus";

// Issue 87: the recording of a failed `inspector test` run says which step failed and why. The
// server is the mutant corpus's v1 with its planted bug "prompt-text" (greet says Hi, not Hello);
// the passing step expects an isError, as in the recording.
export const GREET = `steps:
  - name: divide by zero is a tool error
    tool: divide
    arguments: { a: 1, b: 0 }
    expect:
      - isError: true
  - name: greet says Hello
    prompt: greet
    arguments: { name: Ada }
    expect:
      - path: $.messages[0].content.text
        equals: "Hello, Ada!"
  - name: echo after it
    tool: echo
    arguments: { message: later }
    expect:
      - isError: false
`;
const V1 = path.join(SERVERS, "v1.mjs");
const MUTANT = [process.execPath, V1, "--mutant", "prompt-text"];

async function replay(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(
    ["replay", ...args],
    { PATH: process.env.PATH },
    { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") },
  );
  return { code, out, err };
}

describe("a failed test run's recording carries its verdicts", () => {
  it("the failing step's expected and actual, the seqs of its request and response; the expected isError passed; JUnit names the file", async () => {
    const dir = tempDir();
    const file = writeCollection(dir, "greet.mcp-tests.yaml", GREET);
    const r = await inspectorTest([file, "--format", "junit", "--output", path.join(dir, "reports/test.xml"), ...MUTANT]);
    expect(r.code).toBe(1);
    const recording = path.join(dir, "reports/greet.mcp-session.json");
    const saved = JSON.parse(readFileSync(recording, "utf8"));
    expect(saved.version).toBe(2);
    const [divide, greet, later] = saved.verdicts;
    expect(later).toMatchObject({ name: "echo after it", status: "pass" });
    expect(divide).toMatchObject({ name: "divide by zero is a tool error", status: "pass", method: "tools/call" });
    expect(greet).toMatchObject({
      source: "test",
      name: "greet says Hello",
      status: "fail",
      method: "prompts/get",
      expected: "Hello, Ada!",
      actual: "Hi, Ada!",
      file,
    });
    // The seqs are the record's: the request greet sent and the answer that failed it.
    const at = (seq: number) => saved.entries.find((e: { seq: number }) => e.seq === seq);
    expect(at(greet.requestSeq).message).toMatchObject({ method: "prompts/get", params: { name: "greet" } });
    expect(at(greet.responseSeq)).toMatchObject({
      pair: { seq: greet.requestSeq },
      message: { result: { messages: [expect.anything()] } },
    });
    expect(at(divide.responseSeq).message.result.isError).toBe(true);
    const junit = readFileSync(path.join(dir, "reports/test.xml"), "utf8");
    expect(junit).toMatch(
      /name="greet says Hello">\s*<failure[^]*?<system-out>recording: [^<]*greet\.mcp-session\.json \(open it: npx mcp-inspector-harness --open /,
    );

    // Replayed against the same bug: reproduced; against the fixed server: changed, with the diff.
    const same = await replay([recording, "--yes", "--up-to", "failure"]);
    expect(same.out).toMatch(/^reproduced: the same failure came back$/m);
    // --up-to failure: the handshake, the call before it, then greet; nothing after.
    expect(same.out).toMatch(/#\d+ tools\/call divide/);
    expect(same.out).toMatch(/#\d+ prompts\/get/);
    expect(same.out).not.toMatch(/tools\/call echo/);
    const replayed = path.join(dir, "replayed.mcp-session.json");
    const fixed = await replay([
      recording,
      "--yes",
      "--save-session",
      replayed,
      "--command",
      `${JSON.stringify(process.execPath)} ${JSON.stringify(V1)}`,
    ]);
    expect(fixed.code).toBe(1);
    expect(fixed.out).toMatch(/CHANGED +#\d+ prompts\/get[^]*"Hi, Ada!" -> "Hello, Ada!"/);
    expect(fixed.out).toMatch(/^changed: 1 of 5 answers differ from the recording \(see the diff\)$/m);
    // replay --save-session: its own record, a verdict per replayed request (recorded as expected, live as actual).
    const again = JSON.parse(readFileSync(replayed, "utf8"));
    const greetAgain = again.verdicts.find((v: { method: string }) => v.method === "prompts/get");
    expect(greetAgain).toMatchObject({ source: "replay", status: "fail", message: "changed" });
    expect(JSON.stringify(greetAgain.expected)).toContain("Hi, Ada!");
    expect(JSON.stringify(greetAgain.actual)).toContain("Hello, Ada!");
    expect(again.entries.find((e: { seq: number }) => e.seq === greetAgain.responseSeq).pair.seq).toBe(greetAgain.requestSeq);
  }, 30_000);
});
