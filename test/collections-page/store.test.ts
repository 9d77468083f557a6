import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CollectionsStore, type CollectionsLive } from "../../server/collections/page-store";
import { RecordStore } from "../../server/record/store";
import { CollectionsFolder } from "../../server/collections/page-paths";
import { parseCollection } from "../../lib/collections/format";
import type { SessionState } from "../../lib/session/state";

/** A live inspector as the store sees it: a real record holding the requests the page sent, and a target with an env secret. */
function liveWith(record: RecordStore, env: Record<string, string> = {}): CollectionsLive {
  const state = {
    status: "connected",
    target: { transport: "stdio", command: "node", args: ["server.js"], env },
  } as unknown as SessionState;
  return { getState: () => state, entry: (seq) => record.get(seq), run: async () => [] };
}

function sent(record: RecordStore, method: string, params: Record<string, unknown>): number {
  const message = { jsonrpc: "2.0", id: record.lastSeq + 1, method, params };
  return record.append({ kind: "message", dir: "client->server", message, size: JSON.stringify(message).length }).seq;
}

describe("the Collections tab's store", () => {
  let base: string;
  let root: string;
  let record: RecordStore;
  let store: CollectionsStore;
  beforeEach(() => {
    base = mkdtempSync(path.join(tmpdir(), "coll-store-"));
    root = path.join(base, "mcp-tests");
    record = new RecordStore({});
    store = new CollectionsStore(new CollectionsFolder(root), liveWith(record, { API_KEY: "sk-live-0123456789abcdef" }));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it("saves a recorded tools/call as a step in a new file, in the tool: shorthand, and lists it", async () => {
    const seq = sent(record, "tools/call", { name: "echo", arguments: { message: "hi" }, _meta: { progressToken: 3 } });
    const view = store.save("echo.mcp-tests.yaml", seq, "echo answers");
    expect(view.steps).toEqual([
      { index: 0, name: "echo answers", method: "tools/call", params: { name: "echo", arguments: { message: "hi" } }, expect: [] },
    ]);
    const text = readFileSync(path.join(root, "echo.mcp-tests.yaml"), "utf8");
    expect(text).toContain("tool: echo");
    expect(text).not.toContain("progressToken");
    const parsed = parseCollection(text, "echo.mcp-tests.yaml");
    expect(parsed.ok).toBe(true);
    const list = (await store.handle({ id: "1", type: "collections-list" })) as { files: { file: string }[] };
    expect(list.files.map((f) => f.file)).toEqual(["echo.mcp-tests.yaml"]);
  });

  it("keeps the file's comments when a step is added and when an expectation is set", () => {
    mkdirSync(root, { recursive: true });
    writeFileSync(
      path.join(root, "kept.mcp-tests.yaml"),
      "# owned by the memory team\nsteps:\n  - tool: echo # first\n    arguments: { message: a }\n",
    );
    store.save("kept.mcp-tests.yaml", sent(record, "resources/read", { uri: "demo://a" }));
    store.edit("kept.mcp-tests.yaml", 1, undefined, [{ path: "$.contents[0].text", equals: "A" }]);
    const text = readFileSync(path.join(root, "kept.mcp-tests.yaml"), "utf8");
    expect(text).toContain("# owned by the memory team");
    expect(text).toContain("# first");
    expect(text).toContain("resource: demo://a");
    expect(text).toMatch(/path: \$\.contents\[0\]\.text\n\s+equals: A/);
  });

  it("refuses names that leave the folder: .., an absolute path, a backslash, a name that is no collection", () => {
    const seq = sent(record, "ping", {});
    for (const bad of [
      "../out.mcp-tests.yaml",
      "a/../../out.mcp-tests.yaml",
      path.join(base, "abs.mcp-tests.yaml"),
      "C:\\x.mcp-tests.yaml",
      "notes.txt",
      "./a.mcp-tests.yaml",
    ])
      expect(() => store.save(bad, seq), bad).toThrow(/collections folder|not a collection|relative name|"\."/);
    expect(existsSync(path.join(base, "out.mcp-tests.yaml"))).toBe(false);
    expect(existsSync(path.join(base, "abs.mcp-tests.yaml"))).toBe(false);
  });

  it("refuses to write through a symbolic link that leads out, as a file or as a folder", () => {
    const outside = path.join(base, "outside");
    mkdirSync(outside);
    mkdirSync(root);
    writeFileSync(path.join(outside, "victim.mcp-tests.yaml"), "steps: []\n");
    symlinkSync(path.join(outside, "victim.mcp-tests.yaml"), path.join(root, "link.mcp-tests.yaml"));
    symlinkSync(outside, path.join(root, "sub"));
    const seq = sent(record, "ping", {});
    expect(() => store.save("link.mcp-tests.yaml", seq)).toThrow(/leads out of the collections folder/);
    expect(() => store.save("sub/new.mcp-tests.yaml", seq)).toThrow(/leads out of the collections folder/);
    expect(readFileSync(path.join(outside, "victim.mcp-tests.yaml"), "utf8")).toBe("steps: []\n");
    expect(existsSync(path.join(outside, "new.mcp-tests.yaml"))).toBe(false);
    // Nor is a link out listed as one of the folder's collections.
    expect(store["folder"].list()).toEqual([]);
  });

  it("refuses a seq this inspector did not record (a shared recording shown read-only) and a server's message", () => {
    expect(() => store.save("x.mcp-tests.yaml", 999)).toThrow(/shared recording is shown read-only/);
    const fromServer = record.append({
      kind: "message",
      dir: "server->client",
      message: { jsonrpc: "2.0", id: 7, method: "sampling/createMessage", params: {} },
      size: 10,
    }).seq;
    expect(() => store.save("x.mcp-tests.yaml", fromServer)).toThrow(/not a request this inspector sent/);
    expect(existsSync(path.join(root, "x.mcp-tests.yaml"))).toBe(false);
  });

  it("writes no secret: the target's env value becomes ${API_KEY}, a token and a secret-named field are redacted", () => {
    const seq = sent(record, "tools/call", {
      name: "fetch",
      arguments: { key: "sk-live-0123456789abcdef", header: "Authorization: Bearer abcdefghijklmnop1234", password: "hunter2-long" },
    });
    store.save("secrets.mcp-tests.yaml", seq);
    const text = readFileSync(path.join(root, "secrets.mcp-tests.yaml"), "utf8");
    expect(text).toContain("${API_KEY}");
    for (const secret of ["sk-live-0123456789abcdef", "abcdefghijklmnop1234", "hunter2-long"]) expect(text).not.toContain(secret);
    // The page's raw editor goes through the same redaction.
    store.edit("secrets.mcp-tests.yaml", 0, { name: "fetch", arguments: { apiKey: "sk-live-0123456789abcdef", token: "${API_KEY}" } });
    const edited = readFileSync(path.join(root, "secrets.mcp-tests.yaml"), "utf8");
    expect(edited).not.toContain("sk-live-0123456789abcdef");
    expect(edited).toContain("token: ${API_KEY}");
  });

  it("saves into a JSON collection as JSON, and refuses an edit that would leave a file that does not parse", () => {
    store.save("calls.mcp-tests.json", sent(record, "prompts/get", { name: "greet", arguments: { who: "Ada" } }));
    const json = JSON.parse(readFileSync(path.join(root, "calls.mcp-tests.json"), "utf8")) as { steps: unknown[] };
    expect(json.steps).toEqual([{ prompt: "greet", arguments: { who: "Ada" } }]);
    expect(() => store.edit("calls.mcp-tests.json", 0, undefined, [{ equalz: 1 }])).toThrow(/not saved: .*unknown expectation "equalz"/);
    expect(() => store.edit("calls.mcp-tests.json", 3, undefined, [])).toThrow(/has no step 4/);
  });
});
