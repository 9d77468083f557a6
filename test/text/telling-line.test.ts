import { describe, expect, it } from "vitest";
import { tellingLine } from "../../lib/text/telling-line";

describe("tellingLine picks the line that says why a process failed", () => {
  it("Node's missing module, not the stack and version after it", () => {
    const tail = [
      "node:internal/modules/cjs/loader:1210",
      "  throw err;",
      "  ^",
      "Error: Cannot find module '/x/indx.js'",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)",
      "  code: 'MODULE_NOT_FOUND',",
      "  requireStack: []",
      "}",
      "Node.js v20.20.2",
    ];
    expect(tellingLine(tail)).toBe("Error: Cannot find module '/x/indx.js'");
  });

  it("a Python traceback's last line", () => {
    const tail = [
      "Traceback (most recent call last):",
      '  File "server.py", line 3, in <module>',
      "    import mcp",
      "ModuleNotFoundError: No module named 'mcp'",
    ];
    expect(tellingLine(tail)).toBe("ModuleNotFoundError: No module named 'mcp'");
  });

  it("a shell's unknown command and a missing file", () => {
    expect(tellingLine(["sh: 1: uvx: command not found"])).toBe("sh: 1: uvx: command not found");
    expect(tellingLine(["starting", "open config.json: ENOENT", "bye"])).toBe("open config.json: ENOENT");
  });

  it("nothing when no line stands out", () => {
    expect(tellingLine(["starting", "bye"])).toBeUndefined();
    expect(tellingLine([])).toBeUndefined();
  });
});
