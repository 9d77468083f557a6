import { describe, expect, it } from "vitest";
import { mcpServersFile, serverKey } from "../lib/target/mcp-servers-entry";
import { targetFromConfig } from "../lib/target/config-file";

describe("the target as an mcpServers config", () => {
  it("stdio and remote targets in the shape client config files use; names made safe", () => {
    expect(
      mcpServersFile(
        { transport: "stdio", command: "/usr/bin/node", args: ["srv.mjs", "--x"], env: { API_KEY: "k" }, cwd: "/work" },
        "my-server",
      ),
    ).toEqual({
      mcpServers: { "my-server": { command: "/usr/bin/node", args: ["srv.mjs", "--x"], env: { API_KEY: "k" }, cwd: "/work" } },
    });
    expect(
      mcpServersFile({ transport: "http", url: "https://mcp.example.com/mcp", headers: { Authorization: "Bearer t" } }, "x").mcpServers.x,
    ).toEqual({ type: "streamable-http", url: "https://mcp.example.com/mcp", headers: { Authorization: "Bearer t" } });
    expect(mcpServersFile({ transport: "sse", url: "http://127.0.0.1:3001/sse", headers: {} }, "x").mcpServers.x).toEqual({
      type: "sse",
      url: "http://127.0.0.1:3001/sse",
    });
    expect(serverKey({ transport: "stdio", command: "/usr/bin/node", args: [], env: {} }, "Everything Reference Server")).toBe(
      "everything-reference-server",
    );
    expect(serverKey({ transport: "http", url: "https://mcp.example.com/mcp", headers: {} })).toBe("mcp.example.com");
  });

  it("inspector --config reads the exported file back as the same target", () => {
    const targets = [
      { transport: "stdio", command: "/usr/bin/node", args: ["srv.mjs"], env: { A: "1" } },
      { transport: "http", url: "https://mcp.example.com/mcp", headers: { "X-Key": "v" } },
      { transport: "sse", url: "http://127.0.0.1:3001/sse", headers: {} },
    ] as const;
    for (const t of targets) {
      const text = JSON.stringify(mcpServersFile(t as never, "one"));
      expect(targetFromConfig(text, "exported.json", "one", {}).target).toMatchObject(t);
    }
  });
});
