import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startInspector, type RunningInspector } from "../../server/launcher/inspector";
import type { InspectorClient } from "../../lib/wire/client";
import { EVERYTHING } from "../helpers/targets";
import { connectClient } from "../helpers/inspector";
import { filledOn } from "../../server/collections/filled-values";

// The Collections tab (issue 52 points 1, 2 and 5): `${NAME}` fills the target's own env and the
// names listed at start in INSPECTOR_COLLECTION_ENV, never a model key; an alias bomb is refused
// in words without stalling the backend.

let inspector: RunningInspector;
let client: InspectorClient;
let dir: string;
beforeAll(async () => {
  // Read once, when the inspector starts.
  vi.stubEnv("INSPECTOR_COLLECTION_ENV", "LISTED_NAME,ANTHROPIC_API_KEY");
  vi.stubEnv("LISTED_NAME", "listed-value-7");
  vi.stubEnv("UNLISTED_NAME", "unlisted-value-8");
  vi.stubEnv("ANTHROPIC_API_KEY", "sk-ant-page-secret");
  dir = mkdtempSync(path.join(tmpdir(), "coll-page-env-"));
  mkdirSync(path.join(dir, "mcp-tests"));
  inspector = await startInspector({
    port: 0,
    pages: (_req, res) => void res.writeHead(200).end(),
    collectionsDir: path.join(dir, "mcp-tests"),
  });
  ({ client } = await connectClient(inspector));
  await client.hello(0);
  const state = await client.command({
    type: "connect",
    spec: {
      target: { transport: "stdio", command: process.execPath, args: [EVERYTHING, "stdio"], env: { SERVER_TOKEN: "server-token-9" } },
    },
  });
  expect(state.status, state.error?.message).toBe("connected");
}, 60_000);
afterAll(async () => {
  await inspector?.close();
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("the Collections tab's ${ENV}", () => {
  test("the target's env and listed names are filled; an unlisted name and a model key are refused by name", async () => {
    writeFileSync(
      path.join(dir, "mcp-tests", "env.mcp-tests.yaml"),
      `steps:
  - name: target env
    tool: echo
    arguments: { message: "\${SERVER_TOKEN}" }
  - name: listed
    tool: echo
    arguments: { message: "\${LISTED_NAME}" }
  - name: unlisted
    tool: echo
    arguments: { message: "\${UNLISTED_NAME}" }
  - name: model key
    tool: echo
    arguments: { message: "\${ANTHROPIC_API_KEY}" }
`,
    );
    const r = await client.command({ type: "collection-run", file: "env.mcp-tests.yaml" });
    expect(r.steps.map((s) => s.status)).toEqual(["passed", "passed", "failed", "failed"]);
    expect(r.steps[2].message).toContain(
      "${UNLISTED_NAME} refused: not one of the names allowed here: list it at start in INSPECTOR_COLLECTION_ENV",
    );
    expect(r.steps[3].message).toContain("${ANTHROPIC_API_KEY} refused: a model key of the inspector is never sent to a server");
    // Nothing was sent for the refused steps, and the verdicts carry no filled value.
    expect(r.steps[2].seqs).toBeUndefined();
    expect(r.steps[3].seqs).toBeUndefined();
    const shown = JSON.stringify(r.steps);
    expect(shown).not.toContain("listed-value-7");
    expect(shown).toContain("[redacted: ${LISTED_NAME}]");
    const sent = JSON.stringify(inspector.record.since(0));
    expect(sent).not.toContain("sk-ant-page-secret");
    expect(sent).not.toContain("unlisted-value-8");
    // Whoever saves the page's record can take out exactly what the runs filled.
    expect(filledOn(inspector.record)).toEqual(expect.arrayContaining(["listed-value-7", "server-token-9"]));
  }, 60_000);

  test("an alias bomb is refused in words", async () => {
    const list = `[${Array.from({ length: 100_000 }, (_, i) => `"item-${i}"`).join(",")}]`;
    const bomb = `variables: { big: &big ${list} }\nsteps:\n${Array.from({ length: 99 }, () => "  - method: ping\n    params: { x: *big }").join("\n")}\n`;
    writeFileSync(path.join(dir, "mcp-tests", "bomb.mcp-tests.yaml"), bomb);
    await expect(client.command({ type: "collection-run", file: "bomb.mcp-tests.yaml" })).rejects.toThrow(
      /the file expands to more than 8 MiB once its aliases/,
    );
  }, 60_000);
});
