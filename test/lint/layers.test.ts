import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The repository's own eslint.config.mjs, run on sample files placed (virtually) in each folder:
// the layers hold only while these rules fire, so each is shown firing and staying quiet.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** lib/'s order as eslint.config.mjs writes it (read as text: the config is untyped JavaScript; Prettier may wrap the list). */
const LIB_ORDER = [
  .../export const LIB_ORDER = \[([^\]]*)\]/.exec(readFileSync(path.join(ROOT, "eslint.config.mjs"), "utf8"))![1].matchAll(/"([^"]+)"/g),
].map((m) => m[1]);

// ESLint reads no types (the type-aware rule is oxlint's, checked on its own below), so the sample
// files need no tsconfig.
const eslint = new ESLint({ cwd: ROOT });

/** `rule: message` for each problem ESLint reports on `code` as if it were the file at `file`. */
async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const SDK = 'import { LoggingLevelSchema } from "@modelcontextprotocol/sdk/types.js";\nexport const x = LoggingLevelSchema;\n';

describe("layers", () => {
  it("lib/ imports neither the backend nor the page", async () => {
    expect(await lint("lib/session/sample.ts", 'export { Engine } from "../../server/engine";\n')).toEqual([
      expect.stringMatching(/^local\/layers: lib\/ may not import server\/engine: lib\/ is pure/),
    ]);
    expect(await lint("lib/wire/sample.ts", 'import type { Session } from "../../client/session";\nexport type S = Session;\n')).toEqual([
      expect.stringMatching(/^local\/layers: lib\/ may not import client\/session/),
    ]);
    expect(
      await lint("lib/wire/sample.ts", 'import { SESSION_FORMAT } from "../session/file";\nexport const f = SESSION_FORMAT;\n'),
    ).toEqual([]);
  });

  it("inside lib/, a folder imports only the folders before it in LIB_ORDER, and every folder has its place", async () => {
    expect(
      await lint("lib/record/sample.ts", 'import type { SessionState } from "../wire/session-state";\nexport type S = SessionState;\n'),
    ).toEqual([expect.stringMatching(/^local\/layers: lib\/record\/ may not import lib\/wire\/session-state: .*LIB_ORDER/)]);
    expect(
      await lint("lib/protocol/sample.ts", 'import { RootSchema } from "../answers/schema";\nexport const r = RootSchema;\n'),
    ).toHaveLength(1);
    expect(await lint("lib/wire/sample.ts", 'import type { Entry } from "../record/format";\nexport type E = Entry;\n')).toEqual([]);
    expect(await lint("lib/record/sample.ts", 'import type { Entry } from "./format";\nexport type E = Entry;\n')).toEqual([]);
    const folders = readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect([...folders].sort()).toEqual([...LIB_ORDER].sort());
  });

  it("only server/engine/ and lib/protocol/ import the SDK", async () => {
    expect(await lint("lib/protocol/sample.ts", SDK)).toEqual([]);
    expect(await lint("server/engine/sample.ts", SDK)).toEqual([]);
    for (const file of ["lib/lint/sample.ts", "server/bridge/sample.ts", "components/sample.tsx", "client/sample.ts"]) {
      expect(await lint(file, SDK), file).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*Only server\/engine\/ and lib\/protocol\/ import the MCP SDK/),
      ]);
    }
    // Type-only imports too: the vocabulary has one door.
    expect(
      await lint("features/tools/sample.ts", 'import type { Tool } from "@modelcontextprotocol/sdk/types.js";\nexport type T = Tool;\n'),
    ).toHaveLength(1);
    // The v2 packages too (core's schemas, the client's types).
    expect(
      await lint("lib/session/sample.ts", 'import { ToolSchema } from "@modelcontextprotocol/core";\nexport const S = ToolSchema;\n'),
    ).toHaveLength(1);
    expect(
      await lint("features/tools/sample.ts", 'import type { Tool } from "@modelcontextprotocol/client";\nexport type T = Tool;\n'),
    ).toHaveLength(1);
  });

  it("the backend imports nothing of the page, and the page nothing of the backend", async () => {
    expect(await lint("server/bridge/sample.ts", 'import "../../app/page";\n')).toEqual([
      expect.stringMatching(/^local\/layers: server\/ may not import app\/page/),
    ]);
    expect(await lint("app/sample.tsx", 'import "../server/engine";\n')).toEqual([
      expect.stringMatching(/^local\/layers: app\/ may not import server\/engine/),
    ]);
  });

  it("the tap is not the Engine: it takes the engine's SDK-free pieces, never the Engine", async () => {
    expect(await lint("server/tap/sample.ts", 'import { Engine } from "../engine/engine";\nexport const E = Engine;\n')).toEqual([
      expect.stringMatching(/^local\/layers: server\/tap\/ may not import server\/engine\/engine: the tap is not the Engine/),
    ]);
    expect(
      await lint("server/tap/sample.ts", 'import { spawnTarget } from "../engine/spawn-target";\nexport const s = spawnTarget;\n'),
    ).toEqual([]);
    expect(await lint("server/tap/sample.ts", 'import "../../app/page";\n')).toHaveLength(1);
  });

  it("components/ import no session and no feature; client/ imports no feature", async () => {
    expect(
      await lint("components/sample.tsx", 'import { useSession } from "../client/session-context";\nexport const u = useSession;\n'),
    ).toEqual([
      expect.stringMatching(/^local\/layers: components\/ may not import client\/session-context: generic widgets are presentational/),
    ]);
    expect(
      await lint(
        "components/sample.tsx",
        'import type { KeyValueRow } from "../features/connection/connection-draft";\nexport type R = KeyValueRow;\n',
      ),
    ).toHaveLength(1);
    expect(
      await lint(
        "components/schema-form/sample.tsx",
        'import type { ContentBlock } from "../../lib/protocol/shapes";\nexport type C = ContentBlock;\n',
      ),
    ).toEqual([]);
    expect(await lint("client/sample.ts", 'import "../features/tools/tools-container";\n')).toEqual([
      expect.stringMatching(/^local\/layers: client\/ may not import features\/tools/),
    ]);
  });

  it("a feature imports no other feature, judged on the resolved path; the shell composes them", async () => {
    expect(
      await lint("features/prompts/sample.tsx", 'import { TaskCard } from "../tasks/task-card";\nexport const t = TaskCard;\n'),
    ).toEqual([
      expect.stringMatching(
        /^local\/layers: features\/prompts\/ may not import features\/tasks\/task-card: a feature imports no other feature/,
      ),
    ]);
    // features/server is the "server" tab, not the backend.
    expect(await lint("features/connection/sample.tsx", 'import "../server/negotiation-view";\n')).toEqual([
      expect.stringMatching(/features\/connection\/ may not import features\/server\/negotiation-view: a feature imports no other feature/),
    ]);
    expect(
      await lint(
        "features/tools/sample.tsx",
        'import { ToolHeader } from "./tool-header";\nimport { EmptyState } from "../../components/empty-state";\nexport const t = [ToolHeader, EmptyState];\n',
      ),
    ).toEqual([]);
    expect(
      await lint(
        "features/shell/sample.tsx",
        'import { ToolsContainer } from "../tools/tools-container";\nexport const t = ToolsContainer;\n',
      ),
    ).toEqual([]);
    expect(await lint("features/prompts/sample.tsx", 'export const later = () => import("../tasks/task-card");\n')).toHaveLength(1);
    // A documented exception names both ends: tools may show a task's card, recording may not.
    expect(await lint("features/tools/sample.tsx", 'import { TaskCard } from "../tasks/task-card";\nexport const t = TaskCard;\n')).toEqual(
      [],
    );
    expect(
      await lint("features/recording/sample.tsx", 'import { TaskCard } from "../tasks/task-card";\nexport const t = TaskCard;\n'),
    ).toHaveLength(1);
  });
});

describe("environments", () => {
  it("lib/ and the page use no Node built-ins or globals; lib/ no browser globals either", async () => {
    expect(await lint("lib/text/sample.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*no Node built-ins/),
    ]);
    expect(await lint("features/raw/sample.ts", 'import path from "path";\nexport const p = path;\n')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*no Node built-ins/),
    ]);
    expect(await lint("client/sample.ts", "export const b = Buffer.from([]);\n")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*'Buffer'/),
    ]);
    expect(await lint("lib/wire/sample.ts", "export const debug = process.env.DEBUG;\n")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*'process'/),
    ]);
    expect(await lint("lib/wire/sample.ts", "export const here = window.location.href;\n")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*'window'.*no browser globals/),
    ]);
    expect(
      await lint("server/commands/sample.ts", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync(process.argv[2]);\n'),
    ).toEqual([]);
  });
});

describe("hooks and disable comments", () => {
  it("the rules of hooks hold in the page", async () => {
    const conditional =
      'import { useState } from "react";\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n';
    expect(await lint("features/tools/sample.tsx", conditional)).toEqual([expect.stringMatching(/^react-hooks\/rules-of-hooks: /)]);
    const missing =
      'import { useEffect } from "react";\nexport function A({ n, f }: { n: number; f(n: number): void }) {\n  useEffect(() => f(n), [f]);\n  return null;\n}\n';
    expect(await lint("components/sample.tsx", missing)).toEqual([expect.stringMatching(/^react-hooks\/exhaustive-deps: .*'n'/)]);
    const refInRender =
      'import { useRef } from "react";\nexport function A() {\n  const seen = useRef(0);\n  return <p>{seen.current}</p>;\n}\n';
    expect(await lint("features/tools/sample.tsx", refInRender)).toEqual([expect.stringMatching(/^react-hooks\/refs: /)]);
    // Playwright's fixtures call `use`, which is no React hook (a fixtures file, as e2e/inspector.ts:
    // a spec takes `test` from there, which the lint holds).
    const fixture =
      'import { test as base } from "@playwright/test";\nexport const test = base.extend<{ n: number }>({\n  n: async ({}, use) => {\n    await use(1);\n  },\n});\n';
    expect(await lint("e2e/sample-fixtures.ts", fixture)).toEqual([]);
    // A spec with a fixture set of its own waits for a worker of its own, after every other spec.
    expect(await lint("e2e/sample.spec.ts", fixture)).toEqual([
      expect.stringMatching(/^no-restricted-imports: 'test' import from '@playwright\/test' is restricted/),
    ]);
  });

  it("an eslint-disable comment says why, and goes when nothing needs it", async () => {
    const code = (comment: string) =>
      `import { useEffect } from "react";\nexport function A({ n, f }: { n: number; f(n: number): void }) {\n  // ${comment}\n  useEffect(() => f(n), [f]);\n  return null;\n}\n`;
    expect(await lint("components/sample.tsx", code("eslint-disable-next-line react-hooks/exhaustive-deps"))).toEqual([
      expect.stringMatching(/^local\/disable-reason: Say why/),
    ]);
    expect(
      await lint(
        "components/sample.tsx",
        code("eslint-disable-next-line react-hooks/exhaustive-deps -- f is only called with the latest n"),
      ),
    ).toEqual([]);
    expect(
      await lint("components/sample.tsx", "// eslint-disable-next-line no-empty-pattern -- not needed\nexport const a = 1;\n"),
    ).toEqual([expect.stringMatching(/^null: Unused eslint-disable directive/)]);
  });
});

describe("promises", () => {
  // `npm run lint:promises` (oxlint's no-floating-promises, on typescript-go) on a sample file in
  // each environment's folder, in a folder holding only the repository's own tsconfigs and
  // .oxlintrc.json: a bare promise fails everywhere, `void` keeps one on purpose, and
  // `document.hasStorageAccess()` is a promise only where the folder's own tsconfig gives it the DOM
  // (the page; the tests, which run the page's components in jsdom), not in lib/ nor the backend.
  const SAMPLE = "export const sample = 1;\nvoid Promise.resolve(0);\nPromise.resolve(1);\ndocument.hasStorageAccess();\n";
  const FILES: Array<[file: string, dom: boolean]> = [
    ["server/engine/sample.ts", false],
    ["lib/json/sample.ts", false],
    ["features/tools/sample.tsx", true],
    ["test/sample.test.ts", true],
  ];

  it("a promise nobody awaits or catches is an error, each file read with its own folder's tsconfig", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lint-promises-"));
    for (const f of readdirSync(ROOT))
      if (/^tsconfig(\.\w+)?\.json$|^\.oxlintrc\.json$/.test(f)) copyFileSync(path.join(ROOT, f), path.join(dir, f));
    // Its types (`@types/node`, React's) and the type-aware linter's binary, as the repository has them.
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    for (const [file] of FILES) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), SAMPLE);
    }
    const said = await oxlint(dir);
    expect(said.files).toBe(FILES.length);
    for (const [file, dom] of FILES)
      expect(
        said.problems.filter((p) => p.file === file).map((p) => `${p.line} ${p.code}`),
        file,
      ).toEqual(
        dom ? ["3 typescript(no-floating-promises)", "4 typescript(no-floating-promises)"] : ["3 typescript(no-floating-promises)"],
      );
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("ESLint reads no types, so it runs beside the page's build (scripts/test-stages.mjs)", async () => {
    const config = (await eslint.calculateConfigForFile(path.join(ROOT, "server/engine/engine.ts"))) as {
      rules: Record<string, unknown>;
      languageOptions: { parserOptions: { project?: unknown; projectService?: unknown } };
    };
    expect(config.languageOptions.parserOptions.projectService ?? false).toBe(false);
    expect(config.languageOptions.parserOptions.project ?? false).toBe(false);
    expect(config.rules["@typescript-eslint/no-floating-promises"]).toBeUndefined();
  });
});

/** What `oxlint --type-aware` (the repository's) says in `dir`: each problem's file, line and rule. */
async function oxlint(dir: string): Promise<{ files: number; problems: Array<{ file: string; line: number; code: string }> }> {
  const bin = path.join(ROOT, "node_modules/oxlint/bin/oxlint");
  const out = await new Promise<string>((resolve, reject) =>
    // Exit 1 is its verdict (problems found); its report is on stdout either way.
    execFile(process.execPath, [bin, "--type-aware", "--format", "json"], { cwd: dir }, (err, stdout, stderr) =>
      err && err.code !== 1 ? reject(new Error(`oxlint: ${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  );
  const report = JSON.parse(out) as {
    number_of_files: number;
    diagnostics: Array<{ filename: string; code?: string; labels: Array<{ span: { line: number } }> }>;
  };
  return {
    files: report.number_of_files,
    problems: report.diagnostics.map((d) => ({ file: d.filename, line: d.labels[0]?.span.line ?? 0, code: d.code ?? d.filename })),
  };
}
