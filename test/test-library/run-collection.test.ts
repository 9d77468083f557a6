import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CollectionRun as EngineCollectionRun } from "../../lib/collections/result";
import { connect, McpHarnessError, runCollection } from "../../server/test-library";
import type { CollectionRun } from "../../server/test-library/types";
import { FIXTURES } from "../helpers/targets";

type Holds<T extends true> = T;
/** What the collections runner returns must fit the public type written by hand (types.ts). */
export type RunFits = Holds<EngineCollectionRun extends CollectionRun ? true : false>;

const dual = { command: process.execPath, args: [path.join(FIXTURES, "modern-dual-server.mjs"), "--stdio"] };

describe("runCollection, exported by the library (issue 48 point 8)", () => {
  it("runs a collection file on the test's session: verdicts as data, snapshots beside the file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-collection-"));
    const file = path.join(dir, "basics.mcp-tests.yaml");
    writeFileSync(
      file,
      [
        "steps:",
        "  - name: add",
        "    tool: add",
        "    arguments: { a: 2, b: 3 }",
        "    expect:",
        "      - path: $.structuredContent.sum",
        "        equals: 5",
        "      - snapshot: true",
        "  - name: echo says bye",
        "    tool: echo",
        "    arguments: { message: hi }",
        "    expect:",
        "      - textContent: { contains: bye }",
      ].join("\n"),
    );
    await using mcp = await connect(dual);
    const seen: string[] = [];
    const run = await runCollection(mcp, file, { onStep: (s) => seen.push(`${s.name}: ${s.status}`) });
    expect(seen).toEqual(["add: pass", "echo says bye: fail"]);
    expect(run.counts).toMatchObject({ pass: 1, fail: 1, error: 0 });
    expect(run.steps[1].expectations.find((e) => !e.pass)?.kind).toBe("textContent");
    expect(run.snapshotsWritten).toBe(1);
    expect(existsSync(path.join(dir, "basics.mcp-tests.snap.yaml"))).toBe(true);
    expect(readFileSync(path.join(dir, "basics.mcp-tests.snap.yaml"), "utf8")).toContain("add:");
  });

  it("an invalid file is a usage error naming the line, and nothing runs", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "run-collection-bad-"));
    const file = path.join(dir, "bad.mcp-tests.yaml");
    writeFileSync(file, "steps:\n  - tool: add\n    expect:\n      - equalz: 5\n");
    await using mcp = await connect(dual);
    const e = await runCollection(mcp, file).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(McpHarnessError);
    expect((e as McpHarnessError).kind).toBe("usage");
    expect((e as McpHarnessError).message).toMatch(/^runCollection\(".*bad\.mcp-tests\.yaml"\): line 4: /);
    expect(mcp.record().some((x) => x.kind === "message" && (x.message as { method?: string }).method === "tools/call")).toBe(false);
  });
});
