import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startInspector, type RunningInspector } from "../../server/launcher/inspector";
import type { InspectorClient } from "../../lib/wire/client";
import { EVERYTHING } from "../helpers/targets";
import { connectClient } from "../helpers/inspector";

// The Collections tab's commands over the page's socket, against the everything server: a call
// saved from the record, an expectation set, runs on the page's own connection (which stays open).

let inspector: RunningInspector;
let client: InspectorClient;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "coll-page-run-"));
  inspector = await startInspector({
    port: 0,
    pages: (_req, res) => void res.writeHead(200).end(),
    collectionsDir: path.join(dir, "mcp-tests"),
  });
  ({ client } = await connectClient(inspector));
  await client.hello(0);
  const state = await client.command({
    type: "connect",
    spec: { target: { transport: "stdio", command: process.execPath, args: [EVERYTHING, "stdio"], env: {} } },
  });
  expect(state.status, state.error?.message).toBe("connected");
}, 60_000);
afterAll(async () => {
  await inspector?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("collections on the page's connection", () => {
  test("a saved echo call runs green, then red with expected and actual; the page's connection stays open", async () => {
    const echo = await client.command({ type: "call-tool", name: "echo", arguments: { message: "hello" } });
    const file = "everything.mcp-tests.yaml";
    const saved = await client.command({ type: "collection-save", file, requestSeq: echo.requestSeq!, name: "echo answers" });
    expect(saved.steps.map((s) => s.name)).toEqual(["echo answers"]);
    await client.command({ type: "collection-edit-step", file, index: 0, expect: [{ path: "$.content[0].text", equals: "Echo: hello" }] });
    const green = await client.command({ type: "collection-run", file });
    expect(green.steps.map((s) => s.status)).toEqual(["passed"]);
    expect(green.steps[0].result).toMatchObject({ content: [{ type: "text", text: "Echo: hello" }] });
    // The step's request is in the page's record, where the verdict points.
    expect(green.steps[0].seqs!.first).toBeGreaterThan(echo.requestSeq!);

    await client.command({ type: "collection-edit-step", file, index: 0, expect: [{ path: "$.content[0].text", equals: "Echo: bye" }] });
    const red = await client.command({ type: "collection-run", file, index: 0 });
    expect(red.steps).toHaveLength(1);
    expect(red.steps[0]).toMatchObject({
      status: "failed",
      expectations: [{ passed: false, expected: "Echo: bye", actual: "Echo: hello" }],
    });

    // Borrowed, not owned: the page's connection is still there and answers.
    expect(inspector.engine.getState().status).toBe("connected");
    const after = await client.command({ type: "call-tool", name: "echo", arguments: { message: "still here" } });
    expect(JSON.stringify(after.result)).toContain("still here");
  }, 60_000);

  test("a snapshot expectation keeps its value beside the collection, never through a link that leads out", async () => {
    const echo = await client.command({ type: "call-tool", name: "echo", arguments: { message: "snap" } });
    await client.command({ type: "collection-save", file: "snap.mcp-tests.yaml", requestSeq: echo.requestSeq! });
    await client.command({ type: "collection-edit-step", file: "snap.mcp-tests.yaml", index: 0, expect: [{ snapshot: true }] });
    const first = await client.command({ type: "collection-run", file: "snap.mcp-tests.yaml" });
    expect(first.steps[0].status).toBe("passed");
    expect(readFileSync(path.join(dir, "mcp-tests", "snap.mcp-tests.snap.yaml"), "utf8")).toContain("Echo: snap");

    const outside = path.join(dir, "outside.snap.yaml");
    writeFileSync(outside, "untouched\n");
    await client.command({ type: "collection-save", file: "linked.mcp-tests.yaml", requestSeq: echo.requestSeq! });
    await client.command({ type: "collection-edit-step", file: "linked.mcp-tests.yaml", index: 0, expect: [{ snapshot: true }] });
    symlinkSync(outside, path.join(dir, "mcp-tests", "linked.mcp-tests.snap.yaml"));
    await expect(client.command({ type: "collection-run", file: "linked.mcp-tests.yaml" })).rejects.toThrow(
      /linked\.mcp-tests\.snap\.yaml is a link or leads out of the collections folder/,
    );
    expect(readFileSync(outside, "utf8")).toBe("untouched\n");
  });

  test("over the socket too, a name that leaves the folder is refused and nothing is written", async () => {
    const ping = await client.command({ type: "request", method: "ping" });
    await expect(
      client.command({ type: "collection-save", file: "../escape.mcp-tests.yaml", requestSeq: ping.requestSeq! }),
    ).rejects.toThrow(/leaves the collections folder/);
    await expect(
      client.command({ type: "collection-save", file: "/tmp/abs.mcp-tests.yaml", requestSeq: ping.requestSeq! }),
    ).rejects.toThrow(/relative name/);
    expect(existsSync(path.join(dir, "escape.mcp-tests.yaml"))).toBe(false);
    await expect(client.command({ type: "collection-run", file: "missing.mcp-tests.yaml" })).rejects.toThrow(
      /does not exist in the collections folder/,
    );
  });
});
