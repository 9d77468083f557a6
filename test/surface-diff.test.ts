import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import {
  DiffReportSchema,
  compareSchemas,
  diffExitCode,
  diffSurfaces,
  formatDiffJunit,
  severityOf,
  surfaceFromListings,
  surfaceFromSession,
  type SurfaceChange,
} from "../lib/surface";
import { runDiff, type DiffOptions } from "../server/commands/diff/run";
import { runCommandLine } from "../server/commands/main";
import { listAll } from "../server/headless/listing";
import { recordSession } from "./helpers/sessions";
import { fixture } from "./helpers/fixtures";
import { startEverythingHttp } from "./helpers/http-everything";
import { EVERYTHING, FIXTURES, ROOT, everythingStdio } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";
import type { SessionFile } from "../lib/session/file";

const versioned = (v: 1 | 2) => fixture("versioned-server", [], { SURFACE_VERSION: String(v) });
const target = (v: 1 | 2) => ({ kind: "target" as const, target: versioned(v), label: `versioned v${v}` });
/** The older everything server, as the devDependency alias `server-everything-2026-8-18` installs it. */
const EVERYTHING_2026_8_18 = path.join(ROOT, "node_modules/server-everything-2026-8-18/dist/index.js");

async function diff(opts: DiffOptions) {
  let out = "";
  let err = "";
  const code = await runDiff(opts, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") });
  return { code, out, err };
}

function save(session: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "diff-")), "s.mcp-session.json");
  writeFileSync(file, JSON.stringify(session));
  return file;
}

/** A recording of a server listing everything, every page. */
async function recordListing(t: ReturnType<typeof versioned>): Promise<SessionFile> {
  return recordSession(t, async (e) => {
    await listAll(e, "tools/list", "tools");
    await listAll(e, "resources/list", "resources");
    await listAll(e, "resources/templates/list", "resourceTemplates");
    await listAll(e, "prompts/list", "prompts");
  });
}

const brief = (c: SurfaceChange) => [c.severity, c.area, c.subject, c.rule, c.path ?? ""];

/** Every difference between versioned-server v1 and v2, worked out by reading its two definitions. */
const EXPECTED_V1_V2 = [
  ["breaking", "capabilities", "capabilities", "capability-withdrawn", "$.capabilities.resources.subscribe"],
  ["breaking", "capabilities", "capabilities", "capability-withdrawn", "$.capabilities.logging"],
  ["breaking", "tool", "legacy", "removed", ""],
  ["breaking", "tool", "search", "type-narrowed", "$.inputSchema.properties.limit.type"],
  ["breaking", "tool", "search", "enum-value-removed", "$.inputSchema.properties.mode.enum"],
  ["breaking", "tool", "search", "required-added", "$.inputSchema.properties.index"],
  ["breaking", "tool", "stats", "type-changed", "$.outputSchema.properties.count.type"],
  ["breaking", "tool", "stats", "property-removed", "$.outputSchema.properties.mean"],
  ["breaking", "prompt", "review", "required-added", '$.arguments[?(@.name=="style")].required'],
  ["breaking", "resource", "file:///b.json", "mime-type-changed", "$.mimeType"],
  ["breaking", "resource", "file:///gone.txt", "removed", ""],
  ["breaking", "resourceTemplate", "file:///old/{id}", "removed", ""],
  ["compatible", "protocol", "protocol version", "protocol-upgraded", "$.protocolVersion"],
  ["compatible", "capabilities", "capabilities", "capability-added", "$.capabilities.completions"],
  ["compatible", "serverInfo", "serverInfo", "server-info-changed", "$.serverInfo.version"],
  ["compatible", "instructions", "instructions", "instructions-changed", "$.instructions"],
  ["compatible", "tool", "convert", "type-widened", "$.inputSchema.properties.value.type"],
  ["compatible", "tool", "convert", "property-added", "$.inputSchema.properties.precision"],
  ["compatible", "tool", "convert", "metadata-changed", "$.description"],
  ["compatible", "tool", "describe", "metadata-changed", "$.description"],
  ["compatible", "tool", "fresh", "added", ""],
  ["compatible", "tool", "search", "type-narrowed", "$.outputSchema.properties.total.type"],
  ["compatible", "tool", "search", "required-added", "$.outputSchema.properties.took"],
  ["compatible", "prompt", "greet", "added", ""],
  ["compatible", "prompt", "review", "property-added", '$.arguments[?(@.name=="lang")]'],
  ["compatible", "resource", "file:///new.txt", "added", ""],
  ["compatible", "resourceTemplate", "file:///logs/{date}", "metadata-changed", "$.description"],
];

const sortRows = (rows: string[][]) => [...rows].sort((a, b) => a.join("|").localeCompare(b.join("|")));

describe("schema comparison: input breaks on narrower, output on wider", () => {
  const rules = (a: unknown, b: unknown, dir: "input" | "output" = "input") =>
    compareSchemas(a, b).map((c) => [c.rule, c.path, severityOf(c.rule, dir)]);

  test("types: number -> integer, [string, number] -> string, integer -> number, string -> number", () => {
    expect(rules({ type: "number" }, { type: "integer" })).toEqual([["type-narrowed", "$.type", "breaking"]]);
    expect(rules({ type: "number" }, { type: "integer" }, "output")).toEqual([["type-narrowed", "$.type", "compatible"]]);
    expect(rules({ type: ["string", "number"] }, { type: "string" })).toEqual([["type-narrowed", "$.type", "breaking"]]);
    expect(rules({ type: "integer" }, { type: "number" })).toEqual([["type-widened", "$.type", "compatible"]]);
    expect(rules({ type: "integer" }, { type: "number" }, "output")).toEqual([["type-widened", "$.type", "breaking"]]);
    expect(rules({ type: "string" }, { type: "number" }, "output")).toEqual([["type-changed", "$.type", "breaking"]]);
  });

  test("enums, bounds, required, additionalProperties, descriptions", () => {
    expect(rules({ enum: ["a", "b"] }, { enum: ["a"] })).toEqual([["enum-value-removed", "$.enum", "breaking"]]);
    expect(rules({ enum: ["a"] }, { enum: ["a", "b"] }, "output")).toEqual([["enum-value-added", "$.enum", "breaking"]]);
    expect(rules({ enum: ["a"] }, { enum: ["a", "b"] })).toEqual([["enum-value-added", "$.enum", "compatible"]]);
    expect(rules({ maxLength: 10 }, { maxLength: 5 })).toEqual([["bound-tightened", "$.maxLength", "breaking"]]);
    expect(rules({ minimum: 1 }, { minimum: 0 })).toEqual([["bound-loosened", "$.minimum", "compatible"]]);
    expect(rules({ properties: { a: {} } }, { properties: { a: {} }, required: ["a"] })).toEqual([
      ["required-added", "$.required", "breaking"],
    ]);
    expect(rules({ properties: { a: {} }, required: ["a"] }, { properties: { a: {} } }, "output")).toEqual([
      ["required-removed", "$.required", "breaking"],
    ]);
    expect(rules({ type: "object" }, { type: "object", additionalProperties: false })).toEqual([
      ["additional-closed", "$.additionalProperties", "breaking"],
    ]);
    expect(
      rules(
        { properties: { a: {} }, additionalProperties: false },
        { properties: { a: {}, b: {} }, additionalProperties: false },
        "output",
      ),
    ).toEqual([["property-added-to-closed", "$.properties.b", "breaking"]]);
    expect(rules({ properties: { a: {} } }, { properties: { a: {}, b: {} } }, "output")).toEqual([
      ["property-added", "$.properties.b", "compatible"],
    ]);
    expect(rules({ description: "x", type: "string" }, { description: "y", type: "string" })).toEqual([
      ["annotation", "$.description", "compatible"],
    ]);
  });

  test("nested: through properties, items, anyOf and local $refs", () => {
    const a = {
      type: "object",
      properties: { list: { type: "array", items: { $ref: "#/$defs/item" } } },
      $defs: { item: { type: "object", properties: { id: { type: "string" } } } },
    };
    const b = {
      type: "object",
      properties: { list: { type: "array", items: { $ref: "#/$defs/item" } } },
      $defs: { item: { type: "object", properties: { id: { type: "integer" } } } },
    };
    expect(rules(a, b)).toEqual([["type-changed", "$.properties.list.items.properties.id.type", "breaking"]]);
    expect(
      rules({ anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] }, { anyOf: [{ type: "string" }, { type: "null" }] }),
    ).toEqual([["variant-removed", "$.anyOf[1]", "breaking"]]);
    const recursive = { $ref: "#/$defs/node", $defs: { node: { type: "object", properties: { child: { $ref: "#/$defs/node" } } } } };
    expect(rules(recursive, recursive)).toEqual([]);
  });
});

describe("inspector diff", () => {
  test("two live versions (paginated lists): each expected difference, classified; exit 1", async () => {
    const r = await diff({ a: target(1), b: target(2), format: "json" });
    expect(r.code, r.err).toBe(1);
    const json = DiffReportSchema.parse(JSON.parse(r.out));
    expect(json).toMatchObject({ format: "mcp-inspector-diff", version: 1, summary: { breaking: 12, compatible: 15 }, notes: [] });
    expect(sortRows(json.changes.map(brief))).toEqual(sortRows(EXPECTED_V1_V2));
  });

  test("a recording against a live server finds the same; the text names each change", async () => {
    const file = save(await recordListing(versioned(1)));
    const r = await diff({ a: file, b: target(2) });
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain(`old: ${file} (recording, stdio, versioned 1.0.0, protocol 2025-06-18)`);
    expect(r.out).toMatch(/^BREAKING {3}tool search: new required property "index" {2}\[\$\.inputSchema\.properties\.index\]$/m);
    expect(r.out).toMatch(/^compatible tool convert: new optional property "precision"/m);
    expect(r.out).toMatch(/^12 breaking, 15 compatible$/m);
    const json = JSON.parse((await diff({ a: file, b: target(2), format: "json" })).out);
    expect(sortRows(json.changes.map(brief))).toEqual(sortRows(EXPECTED_V1_V2));
  });

  test("JUnit: valid XML, one case per thing compared, failures exactly where a change breaks", async () => {
    const r = await diff({ a: target(1), b: target(2), format: "junit" });
    expect(r.code).toBe(1);
    const doc = new new JSDOM("").window.DOMParser().parseFromString(r.out, "application/xml");
    expect(doc.getElementsByTagName("parsererror").length).toBe(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe("testsuites");
    const cases = [...doc.getElementsByTagName("testcase")];
    expect(Number(root.getAttribute("tests"))).toBe(cases.length);
    const failed = cases
      .filter((c) => c.getElementsByTagName("failure").length)
      .map((c) => `${c.getAttribute("classname")} ${c.getAttribute("name")}`);
    expect(failed.sort()).toEqual([
      "diff.capabilities capabilities",
      "diff.prompt review",
      "diff.resource file:///b.json",
      "diff.resource file:///gone.txt",
      "diff.resourceTemplate file:///old/{id}",
      "diff.tool legacy",
      "diff.tool search",
      "diff.tool stats",
    ]);
    expect(Number(root.getAttribute("failures"))).toBe(failed.length);
    // 4 negotiation parts, 6 tools, 3 prompts... every tool, prompt, resource and template of either side
    expect(cases.map((c) => c.getAttribute("name"))).toEqual(
      expect.arrayContaining(["protocol version", "search", "convert", "fresh", "legacy", "greet", "file:///a.txt", "file:///logs/{date}"]),
    );
  });

  test("--fail-on any: a compatible-only change exits 1; without it, 0", async () => {
    const session = await recordListing(versioned(2));
    const changed = structuredClone(session);
    const toolsPage = changed.entries.find((e) => e.kind === "message" && e.pair?.method === "tools/list");
    const page = toolsPage as { message: { result: { tools: Array<{ description: string }> } } };
    page.message.result.tools[0].description = "Search the whole index";
    const [a, b] = [save(session), save(changed)];
    const plain = await diff({ a, b });
    expect(plain.code, plain.out).toBe(0);
    expect(plain.out).toMatch(/^compatible tool search: description changed {2}\[\$\.description\]$/m);
    expect((await diff({ a, b, failOn: "any" })).code).toBe(1);
    const junit = (await diff({ a, b, failOn: "any", format: "junit" })).out;
    expect(junit).toMatch(/<testcase classname="diff.tool" name="search">\s*<failure type="changed"/);
  });

  test("a kind the recording never listed is not compared (said in the notes), not reported as all added", async () => {
    const session = await recordSession(versioned(1), async (e) => void (await e.request("tools/list", {})));
    const r = await diff({ a: save(session), b: target(1), format: "json" });
    const json = JSON.parse(r.out);
    // page 1 of 3 only: the recording's tools/list is incomplete too
    expect(json.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tools not compared: .*tools\/list stops after page 1/),
        expect.stringMatching(/^prompts not compared: .*prompts\/list was not called/),
      ]),
    );
    expect(json.changes.filter((c: SurfaceChange) => c.area === "tool" || c.area === "prompt")).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("pure: exit code by --fail-on, and a surface from a recording", () => {
    const head = { label: "x", origin: "live" as const, transport: "stdio" as const };
    const n = { serverCapabilities: { tools: {} }, serverInfo: { name: "s" } };
    const a = surfaceFromListings(head, n, { tools: { items: [{ name: "t", description: "one", inputSchema: { type: "object" } }] } });
    const b = surfaceFromListings(head, n, { tools: { items: [{ name: "t", description: "two", inputSchema: { type: "object" } }] } });
    const d = diffSurfaces(a, b);
    expect(d.changes.map((c) => c.rule)).toEqual(["metadata-changed"]);
    expect([diffExitCode(d), diffExitCode(d, "any")]).toEqual([0, 1]);
    expect(formatDiffJunit(d)).not.toContain("<failure");
  });
});

describe("a side that is a file: a recording, or a command to run (issue 72)", () => {
  /** An executable that starts the versioned server: v1, or v2 when given `--v2` (as a server build with a flag). */
  function serverScript(): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "diff-exe-")), "server");
    const run = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(FIXTURES, "versioned-server.mjs"))}`;
    writeFileSync(
      file,
      `#!/bin/sh\nif [ "$1" = --v2 ]; then SURFACE_VERSION=2; else SURFACE_VERSION=1; fi\nexport SURFACE_VERSION\n${run}\n`,
    );
    chmodSync(file, 0o755);
    return file;
  }

  test.skipIf(process.platform === "win32")(
    'diff ./server "./server --v2": the executable is run, not read as a session file',
    async () => {
      const server = serverScript();
      let out = "";
      let err = "";
      const io = { out: (t: string) => void (out += t + "\n"), err: (t: string) => void (err += t + "\n") };
      const code = await runCommandLine(["diff", server, `${server} --v2`, "--format", "json"], { PATH: process.env.PATH }, io);
      expect(code, err).toBe(1);
      expect(JSON.parse(out).summary).toMatchObject({ breaking: 12, compatible: 15 });
      const same = await diff({ a: server, b: server });
      expect(same.code, same.err).toBe(0);
    },
    60_000,
  );

  test("a file that is neither JSON nor executable is refused, saying how to run a script", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "diff-")), "server.js");
    writeFileSync(file, "console.log('hi')\n");
    const r = await diff({ a: file, b: file });
    expect(r.code).toBe(2);
    expect(r.err).toContain("is neither a session file (it is not JSON) nor a command (it is not executable)");
    expect(r.err).toContain(`("node ${file}")`);
  });
});

describe("the everything server across versions and transports", () => {
  // Read by hand: 2026.8.18 and 2026.8.31 differ only inside resources/subscriptions.js (how a
  // disconnected subscriber is dropped) and resources/templates.js (resourceId validation and
  // its comments); every tool, resource, template and prompt definition, the capabilities, the
  // serverInfo (mcp-servers/everything 2.0.0) and the instructions are the same. So: no changes.
  test.skipIf(!existsSync(EVERYTHING_2026_8_18))("2026.8.18 -> 2026.8.31: no differences, exit 0", async () => {
    const old = { transport: "stdio" as const, command: process.execPath, args: [EVERYTHING_2026_8_18, "stdio"], env: {} };
    const r = await diff({
      a: { kind: "target", target: old },
      b: { kind: "target", target: everythingStdio() },
      format: "json",
      failOn: "any",
    });
    expect(r.code, r.out + r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.changes).toEqual([]);
    expect(json.notes).toEqual([]);
    expect([json.a.serverInfo, json.b.serverInfo]).toEqual([
      expect.objectContaining({ name: "mcp-servers/everything", version: "2.0.0" }),
      expect.objectContaining({ name: "mcp-servers/everything", version: "2.0.0" }),
    ]);
    // Both were really listed: the same 20-odd tools on each side.
    expect(json.compared.filter((c: { area: string }) => c.area === "tool").length).toBeGreaterThan(10);
  });

  test("a recording over stdio against the same server over Streamable HTTP: comparable, no differences", async () => {
    const session = await recordSession(everythingStdio(), async (e) => {
      for (const [m, k] of [
        ["tools/list", "tools"],
        ["resources/list", "resources"],
        ["resources/templates/list", "resourceTemplates"],
        ["prompts/list", "prompts"],
      ])
        await listAll(e, m, k);
    });
    const http = await startEverythingHttp("streamableHttp");
    try {
      const r = await diff({ a: save(session), b: http.url, format: "json" });
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.a.transport).toBe("stdio");
      expect(json.b.transport).toBe("http");
      expect(json.changes).toEqual([]);
    } finally {
      http.stop();
    }
    expect(EVERYTHING).toContain("server-everything");
  });
});

describe("bad input: a clear message, exit 2, nothing on stdout", () => {
  const bad = async (a: string | DiffOptions["a"], b: DiffOptions["b"] = target(1)) => {
    const r = await diff({ a, b, format: "json" });
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    return r.err;
  };

  test("another format, another version, a damaged file, no such file", async () => {
    expect(await bad(save({ format: "mcp-inspector-record", version: 1, entries: [] }))).toMatch(
      /^inspector: diff: .*: this is not a session file: expected "format": "mcp-inspector-session"/,
    );
    const session = await recordListing(versioned(1));
    expect(await bad(save({ ...session, version: 3 }))).toMatch(
      /this session file is format version 3; this inspector reads versions 1 and 2 \(it was made by a newer inspector: update this one\)/,
    );
    expect(await bad(save({ ...session, entries: "x" }))).toMatch(/this session file is damaged: entries/);
    expect(await bad("/nonexistent/old.mcp-session.json")).toMatch(
      /^inspector: diff: no such file: \/nonexistent\/old\.mcp-session\.json$/m,
    );
  });

  test("a recording with no responses (nothing to compare), a target that cannot be reached", async () => {
    const session = await recordListing(versioned(1));
    const noResponses = {
      ...session,
      negotiated: undefined,
      entries: session.entries.filter((e) => !(e.kind === "message" && e.dir === "server->client")),
    };
    expect(await bad(save(noResponses))).toMatch(/the recording holds no responses, so it shows no server to compare/);
    expect(await bad(save({ ...noResponses, negotiated: session.negotiated }))).toMatch(/the recording holds no responses/);
    const noInit = {
      ...session,
      negotiated: undefined,
      entries: session.entries.filter((e) => !(e.kind === "message" && e.pair?.method === "initialize")),
    };
    expect(await bad(save(noInit))).toMatch(/the recording has no initialize response, so it shows no server to compare/);
    expect(surfaceFromSession(noResponses as SessionFile, "x").ok).toBe(false);
    expect(await bad(target(1), `${process.execPath} -e "process.exit(3)"`)).toMatch(
      /^inspector: diff: could not connect to .*exited with code 3/,
    );
  });
});

describe("diff across protocol eras", () => {
  test("a 2025 server and its 2026-07-28-only release: the era change is breaking, said in words", async () => {
    const r = runLauncher(["diff", `node ${FIXTURES}/modern-dual-server.mjs --stdio`, `node ${FIXTURES}/modern-only-server.mjs --stdio`]);
    const { code } = await r.exited;
    expect(r.stdout()).toMatch(/protocol 2025-11-25\)[\s\S]*protocol 2026-07-28\)/);
    expect(r.stdout()).toMatch(/BREAKING +protocol version 2025-11-25 -> 2026-07-28/);
    expect(code).toBe(1);
  }, 30_000);
});
