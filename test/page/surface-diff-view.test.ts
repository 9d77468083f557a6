import { describe, expect, it, beforeAll } from "vitest";
import { formatDiffText, groupChanges, changeText, surfaceFromSession, diffSurfaces, type SurfaceDiff } from "../../lib/surface";
import type { SessionFile } from "../../lib/session/file";
import type { SessionState } from "../../lib/session/state";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import { diffSides, liveSurface, readSideFile } from "../../features/surface-diff/diff-sides";
import { listEverything } from "../../features/surface-diff/list-everything";
import { listAll } from "../../server/headless/listing";
import { recordSession } from "../helpers/sessions";
import { fixture } from "../helpers/fixtures";

const versioned = (v: 1 | 2) => fixture("versioned-server", [], { SURFACE_VERSION: String(v) });

let v1: SessionFile;
let v2: SessionFile;
beforeAll(async () => {
  // v1 listed the way `check` lists, v2 the way the page's "List everything" button does: both must give the whole surface.
  v1 = await recordSession(versioned(1), async (e) => {
    for (const [m, k] of [
      ["tools/list", "tools"],
      ["resources/list", "resources"],
      ["resources/templates/list", "resourceTemplates"],
      ["prompts/list", "prompts"],
    ])
      await listAll(e, m, k);
  });
  v2 = await recordSession(versioned(2), async (e) => {
    const failed = await listEverything(e.getState().negotiated!.serverCapabilities, (method, params) => e.request(method, params));
    expect(failed).toEqual([]);
  });
});

const file = (s: SessionFile, name: string) => {
  const r = readSideFile(JSON.stringify(s), name);
  if (!r.ok) throw new Error(r.message);
  return r.side;
};

function surfaceOf(s: SessionFile, name: string) {
  const r = surfaceFromSession(s, name);
  if (!r.ok) throw new Error(r.message);
  return r.surface;
}

function live(s: SessionFile): SessionState {
  return {
    status: "connected",
    generation: 1,
    target: { transport: "stdio", command: "node", args: ["versioned-server.mjs"], env: {} },
    negotiated: s.negotiated,
    pending: [],
    answers: DEFAULT_ANSWERS,
  };
}

describe("the page's diff: the same comparison and words as `inspector diff`", () => {
  it("two files: every change of the CLI's text output, grouped by area with breaking first", () => {
    const got = diffSides(file(v1, "v1.mcp-session.json"), file(v2, "v2.mcp-session.json"), () => ({ ok: false, message: "unused" }));
    expect(got?.ok).toBe(true);
    const diff = (got as { diff: SurfaceDiff }).diff;
    const cli = diffSurfaces(surfaceOf(v1, "v1.mcp-session.json"), surfaceOf(v2, "v2.mcp-session.json"));
    expect(diff).toEqual(cli);
    expect(diff.notes).toEqual([]); // both sides listed in full, every page
    const groups = groupChanges(diff);
    expect(groups.map((g) => g.title)).toEqual([
      "Protocol version",
      "Capabilities",
      "Server info",
      "Instructions",
      "Tools",
      "Prompts",
      "Resources",
      "Resource templates",
    ]);
    // Every line the CLI prints after its severity is a line the page shows, and nothing else.
    const cliLines = formatDiffText(diff)
      .split("\n")
      .filter((l) => /^(BREAKING {2}|compatible) /.test(l))
      .map((l) => l.slice(11));
    expect(groups.flatMap((g) => g.changes.map(changeText)).sort()).toEqual(cliLines.sort());
    expect(cliLines).toContain("tool legacy: removed");
    for (const g of groups) {
      const firstCompatible = g.changes.findIndex((c) => c.severity === "compatible");
      expect(g.changes.slice(firstCompatible < 0 ? g.changes.length : firstCompatible).every((c) => c.severity === "compatible")).toBe(
        true,
      );
      expect(g.breaking).toBe(g.changes.filter((c) => c.severity === "breaking").length);
    }
  });

  it("the live session is a side: its record and negotiation give the same changes as its file would", () => {
    const got = diffSides(file(v1, "v1.mcp-session.json"), { kind: "live" }, () => liveSurface(live(v2), v2.entries));
    const fromFile = diffSides(file(v1, "v1.mcp-session.json"), file(v2, "v2"), () => ({ ok: false, message: "unused" }));
    expect(got?.ok && fromFile?.ok).toBe(true);
    const d = (got as { diff: SurfaceDiff }).diff;
    expect(d.b).toMatchObject({ origin: "live", label: "node versioned-server.mjs", transport: "stdio" });
    expect(d.changes).toEqual((fromFile as { diff: SurfaceDiff }).diff.changes);
  });

  it("a live session that is not connected, or has listed nothing yet, says so for its side", () => {
    const notConnected = diffSides({ kind: "live" }, file(v2, "v2"), () =>
      liveSurface({ ...live(v2), status: "disconnected" }, v2.entries),
    );
    expect(notConnected).toEqual({ ok: false, side: "old", message: expect.stringContaining("not connected") });
    expect(liveSurface(live(v2), [])).toEqual({ ok: false, message: expect.stringContaining("no responses yet") });
    // Connected, only the handshake: a surface whose declared lists are named as not compared.
    const handshake = v2.entries.filter(
      (e) => e.kind !== "message" || (e.message as { method?: string }).method === "initialize" || e.pair?.method === "initialize",
    );
    const onlyInit = diffSides(file(v2, "v2"), { kind: "live" }, () => liveSurface(live(v2), handshake));
    expect(onlyInit?.ok).toBe(true);
    expect((onlyInit as { diff: SurfaceDiff }).diff.notes).toContain(
      "tools not compared: node versioned-server.mjs: tools/list was not called",
    );
  });

  it("the same file on both sides: no differences", () => {
    const got = diffSides(file(v1, "a"), file(v1, "b"), () => ({ ok: false, message: "unused" }));
    expect(got?.ok && got.diff.changes).toEqual([]);
    expect(formatDiffText((got as { diff: SurfaceDiff }).diff)).toContain("\nno differences\n");
  });

  it("refuses what is not a comparable recording, in words naming the file", () => {
    expect(readSideFile("not json", "x.txt")).toEqual({ ok: false, message: "x.txt: this is not a session file: it is not JSON" });
    expect(readSideFile(JSON.stringify({ format: "mcp-inspector-diff", version: 1 }), "report.json")).toEqual({
      ok: false,
      message: expect.stringMatching(/^report\.json: this is not a session file: expected "format": "mcp-inspector-session"/),
    });
    const noResponses = { ...v1, entries: v1.entries.filter((e) => e.kind !== "message" || e.dir === "client->server") };
    expect(readSideFile(JSON.stringify(noResponses), "requests-only.json")).toEqual({
      ok: false,
      message: "requests-only.json: the recording holds no responses, so it shows no server to compare",
    });
  });
});

describe("List everything on the live server", () => {
  const pages: Record<string, Array<{ result: unknown }>> = {
    "tools/list": [{ result: { tools: [{ name: "a" }], nextCursor: "2" } }, { result: { tools: [{ name: "b" }] } }],
    "prompts/list": [{ result: { prompts: [], nextCursor: "same" } }, { result: { prompts: [], nextCursor: "same" } }],
  };

  it("follows nextCursor, lists only declared kinds, stops on a repeated cursor, goes on after a failure", async () => {
    const sent: string[] = [];
    const failed = await listEverything({ tools: {}, prompts: {}, resources: {} }, async (method, params) => {
      sent.push(`${method} ${JSON.stringify(params ?? null)}`);
      if (method === "resources/list") throw new Error("MCP error -32603: boom");
      if (method === "resources/templates/list") return { result: { resourceTemplates: [] } };
      const n = sent.filter((s) => s.startsWith(method)).length - 1;
      return pages[method][n];
    });
    expect(sent).toEqual([
      "tools/list null",
      'tools/list {"cursor":"2"}',
      "resources/list null",
      "resources/templates/list null",
      "prompts/list null",
      'prompts/list {"cursor":"same"}',
    ]);
    expect(failed).toEqual(["resources/list: MCP error -32603: boom"]);
  });
});
