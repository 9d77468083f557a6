// Two collection files of the same name in different folders, run in one `inspector test`: each
// failed run's recording was written to mcp-recordings/<name>.mcp-session.json, and the second
// overwrote the first with no word (found making the mutant suite's collections run together).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVERYTHING_TARGET, inspectorTest, tempDir, writeCollection } from "./run-cli";

const failing = (text: string) => `steps:
  - name: echo says ${text}
    tool: echo
    arguments: { message: ${text} }
    expect:
      - path: $.content[0].text
        equals: "Echo: not ${text}"
`;

describe("inspector test: files of the same name in different folders", () => {
  it("each failed run keeps its own recording, named with the folder that tells them apart", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "a"));
    mkdirSync(path.join(dir, "b"));
    const first = writeCollection(path.join(dir, "a"), "smoke.mcp-tests.yaml", failing("alpha"));
    const second = writeCollection(path.join(dir, "b"), "smoke.mcp-tests.yaml", failing("beta"));
    const recordings = path.join(dir, "recordings");
    const r = await inspectorTest([first, second, ...EVERYTHING_TARGET], { MCP_RECORDINGS_DIR: recordings });
    expect(r.code).toBe(1);
    const kept = (label: string) => {
      const file = path.join(recordings, `${label}.mcp-session.json`);
      expect(r.err).toContain(file);
      return readFileSync(file, "utf8");
    };
    expect(kept("a-smoke")).toContain("Echo: alpha");
    expect(kept("b-smoke")).toContain("Echo: beta");
    expect(existsSync(path.join(recordings, "smoke.mcp-session.json"))).toBe(false);
  }, 60_000);
});
