import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { appInfoOf } from "../../lib/apps/app-info";
import { ROOT } from "../helpers/targets";

const run = promisify(execFile);
const OFFICIAL = `${ROOT}/node_modules/@modelcontextprotocol/inspector/clients/cli/build/index.js`;
const SERVERS: Record<string, string[]> = {
  fixture: [`${ROOT}/test/fixtures/app-server.mjs`],
  "server-basic-vanillajs": [`${ROOT}/node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js`, "--stdio"],
};

/** The JSON-RPC error's message as the server sent it: SDK 1.x's McpError puts its own "MCP error <code>: " in front once more. */
const rpcMessage = (e: Error) => e.message.replace(/^MCP error -?\d+: /, "");

/** Our lines: tools/list, then each App tool's resource read, through appInfoOf (what `--cli --app-info` will print). */
async function ours(args: string[]): Promise<unknown[]> {
  const client = new Client({ name: "app-info-test", version: "0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args, stderr: "ignore" }));
  try {
    const { tools } = await client.listTools();
    const lines = [];
    for (const tool of tools) {
      const base = appInfoOf(tool);
      if (!base.hasApp || !base.resourceUri) lines.push(base);
      else
        lines.push(
          await client.readResource({ uri: base.resourceUri }).then(
            (result) => appInfoOf(tool, { result }),
            (e: Error) => appInfoOf(tool, { error: rpcMessage(e) }),
          ),
        );
    }
    return lines;
  } finally {
    await client.close();
  }
}

describe("appInfoOf matches the official CLI 2.12.0's --app-info line for line", () => {
  for (const [name, args] of Object.entries(SERVERS)) {
    test(
      name,
      async () => {
        const { stdout } = await run(
          process.execPath,
          [OFFICIAL, "--cli", "--app-info", "--method", "tools/list", process.execPath, ...args],
          { cwd: ROOT, timeout: 60_000 },
        );
        const theirs = stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as unknown);
        // Key order too: the lines are compared as text.
        expect((await ours(args)).map((l) => JSON.stringify(l))).toEqual(theirs.map((l) => JSON.stringify(l)));
      },
      90_000,
    );
  }

  test("a resourceUri that is not a ui:// URI is no App, with the official error", () => {
    expect(appInfoOf({ name: "t", _meta: { ui: { resourceUri: "https://x" } } })).toEqual({
      hasApp: false,
      toolName: "t",
      resourceError: 'Invalid UI resource URI: "https://x"',
    });
    expect(appInfoOf({ name: "t", _meta: { "ui/resourceUri": "ui://legacy/app.html" } })).toEqual({
      hasApp: true,
      toolName: "t",
      resourceUri: "ui://legacy/app.html",
    });
  });
});
