// ESLint: the layers as rules a tool checks (CONVENTIONS 13), the hooks rules in the page, and
// typescript-eslint's recommended checks. `npm run lint`; `npm test` runs it before vitest.
// test/lint/layers.test.ts lints sample files with this config to keep each rule honest.
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PAGE = ["app", "client", "features", "components"];
const under = (dirs) => dirs.map((d) => `${d}/**`);

/**
 * lib/'s own order, lowest first: each folder imports only folders before it (a folder not listed
 * fails test/lint/layers.test.ts, so a new one takes its place here). Vocabulary at the bottom
 * (text, JSON shapes, the protocol, targets, OAuth steps, the App vocabulary, models), then the record and
 * what reads it (lint, load summaries), standing answers, session files, the page-backend wire,
 * and the surface diff on top.
 */
export const LIB_ORDER = [
  "text",
  "json",
  "protocol",
  "target",
  "auth",
  "apps",
  "skills",
  "model",
  "record",
  "lint",
  "load",
  "answers",
  "session",
  "collections",
  "wire",
  "surface",
  "otel",
];
const LIB_LAYERS = LIB_ORDER.map((name, i) => ({
  files: [`lib/${name}/**`],
  forbid: ["server", ...PAGE, ...LIB_ORDER.slice(i + 1).map((above) => `lib/${above}`)],
  why: `lib/ is pure code shared by the backend and the page, so it imports neither; inside lib/, lib/${name}/ imports only what comes before it in LIB_ORDER (${LIB_ORDER.join(" < ")})`,
}));

/** What each folder may not import (resolved paths), and why. */
const LAYERS = [
  { files: ["lib/**"], forbid: ["server", ...PAGE], why: "lib/ is pure code shared by the backend and the page, so it imports neither" },
  ...LIB_LAYERS,
  { files: ["server/**"], forbid: PAGE, why: "the backend talks to the page only over the WebSocket (lib/wire)" },
  {
    files: ["server/tap/**"],
    forbid: [
      "server/engine/engine",
      "server/engine/connection",
      "server/engine/index",
      "server/engine/stdio-transport",
      "server/headless",
      ...PAGE,
    ],
    why: "the tap is not the Engine (a client with its own handshake, pings and request ids would change the host's traffic): it takes only the engine's SDK-free pieces (spawning, process groups, line and SSE splitting)",
  },
  {
    files: ["client/**"],
    forbid: ["server", "app", "features", "components"],
    why: "the page's session client sits under every feature and widget, so it imports none of them",
  },
  {
    files: ["components/**"],
    forbid: ["server", "app", "client", "features"],
    why: "generic widgets are presentational (props in, callbacks out) and import no session",
  },
  {
    files: ["features/**"],
    forbid: ["server", "app"],
    why: "app/ mounts the features, never the other way round, and the page reaches the backend only through client/",
  },
  { files: ["app/**"], forbid: ["server"], why: "the page reaches the backend only through client/" },
];

/**
 * A feature folder imports no other feature folder (a reader finds a tab in one place), except
 * from these composition points, each with its reason.
 */
const FEATURE_EXCEPTIONS = [
  { from: "features/shell/", why: "the shell is the workspace: it mounts every feature's container" },
  {
    from: "features/viewer/",
    to: ["features/problems/"],
    why: "the read-only viewer (a page file, the static viewer folder) shows the Problems panel as the page does; the panel is props only",
  },
  {
    from: "features/recording/",
    to: ["features/server/", "features/problems/", "features/timeline/", "features/apps/", "features/chat/"],
    why: "an opened recording is a second, read-only workspace: it mounts the recorded negotiation, problems and timeline, and after a confirmed Reproduce a replayed App tool call's App, live",
  },
  {
    from: "features/",
    to: ["features/completion/"],
    why: "completion is a field, not a tab: prompt arguments and resource-template variables complete through the same one",
  },
  {
    from: "features/",
    to: ["features/collections/"],
    why: "Save as test is a button on any live call (a tool's result, a resource read, a prompt, a request in the timeline) into the Collections tab's files",
  },
  {
    from: "features/tools/",
    to: ["features/tasks/"],
    why: "a tool call that becomes a task shows that task's own live card where the call was made",
  },
  { from: "features/tools/", to: ["features/apps/"], why: "an App tool's UI shows where it was run, and the tools list marks App tools" },
  { from: "features/tools/", to: ["features/load/"], why: "a tool's load run is started where the tool is run, with the form's arguments" },
  {
    from: "features/chat/",
    to: ["features/apps/"],
    why: "an App tool the model called renders inline in the conversation, through the same App host",
  },
  {
    from: "features/requests/",
    to: ["features/chat/"],
    why: "Ask the model on a waiting sampling request asks the Chat tab's model, its failure said as the chat says it",
  },
];
const excepted = (self, target) =>
  FEATURE_EXCEPTIONS.some((e) => self.startsWith(e.from) && (!e.to || e.to.some((t) => `${target}/`.startsWith(t))));

const posix = (p) => p.split(path.sep).join("/");
const topFolder = (p) => p.split("/")[0];
const featureOf = (p) => (p.startsWith("features/") ? p.split("/").slice(0, 2).join("/") : undefined);

/**
 * `local/layers`: checks each relative import on the path it resolves to, not on its text (from
 * features/connection, `../server/x` is features/server, not the backend).
 */
const layers = {
  meta: {
    type: "problem",
    docs: { description: "A folder imports only what its layer may (options: forbid, why); a feature imports no other feature." },
    schema: [
      {
        type: "object",
        properties: { forbid: { type: "array", items: { type: "string" } }, why: { type: "string" } },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { forbid = [], why = "" } = context.options[0] ?? {};
    const filename = context.physicalFilename ?? context.filename;
    const self = posix(path.relative(ROOT, filename));
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = posix(path.relative(ROOT, path.resolve(path.dirname(filename), source)));
      const forbidden = forbid.find((f) => target === f || target.startsWith(`${f}/`));
      if (forbidden) {
        const mine = forbidden.includes("/") ? self.split("/").slice(0, 2).join("/") : topFolder(self);
        context.report({ node: node.source, message: `${mine}/ may not import ${target}: ${why}.` });
        return;
      }
      const mine = featureOf(self);
      const theirs = featureOf(target);
      if (mine && theirs && mine !== theirs && !excepted(self, target)) {
        context.report({
          node: node.source,
          message: `${mine}/ may not import ${target}: a feature imports no other feature (move what both use to components/, client/ or lib/, or add a documented exception in eslint.config.mjs).`,
        });
      }
    }
    return { ImportDeclaration: check, ExportAllDeclaration: check, ExportNamedDeclaration: check, ImportExpression: check };
  },
};

/** `local/disable-reason`: an eslint-disable comment says why after `--`, or it goes. */
const disableReason = {
  meta: { type: "suggestion", docs: { description: "Every eslint-disable comment carries its reason after `--`." }, schema: [] },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, message: "Say why this rule is off here: `eslint-disable-next-line rule -- reason`." });
          }
        }
      },
    };
  },
};

const SDK = {
  regex: "^@modelcontextprotocol/(sdk|core|client|server)(/|$)",
  message: "Only server/engine/ and lib/protocol/ import the MCP SDK: take its vocabulary from lib/protocol/.",
};
const NOT_NODE = "This code runs in the browser too: no Node built-ins or globals here.";
const NODE_IMPORTS = {
  patterns: [{ regex: "^node:", message: NOT_NODE }],
  paths: builtinModules.filter((m) => !m.startsWith("_")).map((name) => ({ name, message: NOT_NODE })),
};
const NODE_GLOBALS = ["process", "Buffer", "__dirname", "__filename", "require", "global", "setImmediate", "clearImmediate"].map(
  (name) => ({ name, message: NOT_NODE }),
);
const BROWSER_GLOBALS = ["window", "document", "navigator", "location", "localStorage", "sessionStorage"].map((name) => ({
  name,
  message: "lib/ runs in the backend too: no browser globals here.",
}));

/** One complete `no-restricted-imports` setting (a later block's options replace, never merge). */
function restrictedImports({ sdk = false, node = false }) {
  return ["error", { patterns: [...(sdk ? [SDK] : []), ...(node ? NODE_IMPORTS.patterns : [])], paths: node ? NODE_IMPORTS.paths : [] }];
}

export default defineConfig(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".next/",
      "out/",
      "bench/out/",
      "bench/out-profile/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding kept on purpose (a rest sibling left out, a position).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  { plugins: { local: { rules: { layers, "disable-reason": disableReason } } }, rules: { "local/disable-reason": "error" } },
  // No rule here reads types: the one type-aware rule, no-floating-promises, is oxlint's
  // (.oxlintrc.json, `npm run lint:promises`), on typescript-go. Here it made typescript-eslint
  // build the four programs in TypeScript 5.9: `eslint .` 105 s and 157 CPU s alone against 46 s
  // and 69 without them, oxlint 9 s and 17 CPU s (bench/README "The lint's types"). Without types
  // this lint reads nothing the page's build writes, so it runs beside the build.
  // `import { z } from "zod"` is zod's whole namespace as one value, so esbuild keeps every part of
  // it: 430 KB more in the backend's engine chunk, every locale included, about 100 ms more before
  // the launcher can connect (measured 2026-11-23). A namespace import is shaken to what is used.
  // (Fixtures and tests run unbundled.)
  {
    files: ["server/**", "lib/**", ...under(PAGE)],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: 'ImportDeclaration[source.value=/^zod/] > ImportSpecifier[imported.name="z"]',
          message: 'import * as z from "zod": the named `z` bundles all of zod (every locale) into the backend',
        },
      ],
    },
  },
  // The hooks plugin's recommended rules where React runs (Playwright's fixture `use` is no hook):
  // the rules of hooks, and what React's compiler checks (refs, purity, state set in effects).
  {
    files: [...under(PAGE), "test/page/**"],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      "react-hooks/exhaustive-deps": "error",
      // A note that React Compiler would skip a component (useVirtualizer); this build does not use the compiler.
      "react-hooks/incompatible-library": "off",
    },
  },
  LAYERS.map(({ files, forbid, why }) => ({ files, rules: { "local/layers": ["error", { forbid, why }] } })),
  // The SDK and Node built-ins (the last block a file matches sets its list).
  { files: ["server/**"], rules: { "no-restricted-imports": restrictedImports({ sdk: true }) } },
  { files: ["server/engine/**"], rules: { "no-restricted-imports": "off" } },
  { files: ["lib/**", ...under(PAGE)], rules: { "no-restricted-imports": restrictedImports({ sdk: true, node: true }) } },
  { files: ["lib/protocol/**"], rules: { "no-restricted-imports": restrictedImports({ node: true }) } },
  // Every spec takes `test` from e2e/inspector.ts: Playwright gives a spec with a fixture set of its
  // own a worker of its own and runs such specs after all the others, so the longest ran alone at
  // the end while the other workers sat idle (playwright.config.ts, bench/README "The eighth round").
  {
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message: 'import { test } from "./inspector": one fixture set for every spec, so none waits for a worker of its own',
            },
          ],
        },
      ],
    },
  },
  { files: under(PAGE), rules: { "no-restricted-globals": ["error", ...NODE_GLOBALS] } },
  { files: ["lib/**"], rules: { "no-restricted-globals": ["error", ...NODE_GLOBALS, ...BROWSER_GLOBALS] } },
);
