import { describe, expect, it } from "vitest";
import { mockCommands, shellWord } from "../../lib/session/mock-command";

describe("the mock command a recording offers", () => {
  it("names the file as one shell word, quoting only when it must", () => {
    expect(shellWord("everything-2026-01-02-10-11-12.mcp-session.json")).toBe("everything-2026-01-02-10-11-12.mcp-session.json");
    expect(shellWord("my bug.mcp-session.json")).toBe("'my bug.mcp-session.json'");
    expect(shellWord("it's $HOME.json")).toBe(`'it'\\''s $HOME.json'`);
  });

  it("gives the stdio command and its Streamable HTTP variant with the URL it serves", () => {
    expect(mockCommands("v1.mcp-session.json")).toEqual({
      stdio: "npx mcp-inspector-harness mock v1.mcp-session.json",
      http: "npx mcp-inspector-harness mock v1.mcp-session.json --port 6277",
      url: "http://127.0.0.1:6277/mcp",
    });
    expect(mockCommands("a b.json", 7000).http).toBe("npx mcp-inspector-harness mock 'a b.json' --port 7000");
  });
});
