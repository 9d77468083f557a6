// Renders docs/verdicts.md from the results the verdict-path tests wrote (test/mutants/results/*.json).
//   node test/mutants/render.mjs           rewrite docs/verdicts.md
//   node test/mutants/render.mjs --check   exit 1 when docs/verdicts.md is not what the results say
// test/mutants/verdicts-doc.test.ts runs the check.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { MUTANTS as DESCRIBED } from "./servers/surface.mjs";
import { PROXY_MUTANTS } from "./published/proxy.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DOC = path.resolve(here, "../../docs/verdicts.md");
export const PATHS = ["library", "collection", "replay", "check", "agent"];
const LABEL = {
  library: "library matchers (`connect` + `expect`)",
  collection: "collection from `inspector test --from-session`",
  replay: "`inspector replay` of the recording",
  check: "`inspector check --call-tools`",
  agent: "agent `call_tool` + `findings`",
};

/** The published corpus's paths (test/mutants/published/), in the order of its table. */
export const PUB_PATHS = ["library", "collection", "replay", "collection-check", "check", "handwritten"];
const PUB_LABEL = {
  library: "the library's matchers (docs/testing.md), a test written from real use",
  collection: "a collection made by `test --from-session` from a recording of real use",
  replay: "`replay` of that recording",
  "collection-check": "a collection made by `test --from-session` from `check --call-tools --save-session`",
  check: "`check --call-tools`",
  handwritten: "a collection written by hand from docs/collections.md",
};

/** Each path's results file, parsed ({ path, rows }), or undefined when the path has not run. */
export function readResults(dir = path.join(here, "results")) {
  return Object.fromEntries(
    PATHS.map((p) => {
      const file = path.join(dir, `${p}.json`);
      return [p, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined];
    }),
  );
}

/** The published corpus's results (results/published/<path>.json), likewise. */
export function readPubResults(dir = path.join(here, "results", "published")) {
  return Object.fromEntries(
    PUB_PATHS.map((p) => {
      const file = path.join(dir, `${p}.json`);
      return [p, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined];
    }),
  );
}

/** One path's counts: meant regressions caught, harmless changes failed, correct servers failed, extra catches. */
function counts(rows) {
  const mutants = rows.filter((x) => x.mutant !== "none");
  const meant = mutants.filter((x) => x.meant);
  const harmless = mutants.filter((x) => x.harmless);
  const correct = rows.filter((x) => x.mutant === "none");
  return {
    caught: `${meant.filter((x) => x.caught).length} / ${meant.length}`,
    harmless: `${harmless.filter((x) => x.caught).length} / ${harmless.length}`,
    correct: `${correct.filter((x) => x.caught).length} / ${correct.length}`,
    extra: mutants.filter((x) => !x.meant && !x.harmless && x.caught).length,
  };
}

/**
 * The README's table ("Verdicts you can trust"): each path on both corpora. Harmless changes and
 * failed correct servers are counted over both (each is a false failure).
 */
export function renderReadmeTable(results, pub) {
  const rows = [
    ["library matchers (`connect` + `expect`)", "library", "library"],
    ["a collection made by `test --from-session` from a recording", "collection", "collection"],
    ["`replay` of that recording", "replay", "replay"],
    ["a collection made by `test --from-session` from `check --call-tools --save-session`", null, "collection-check"],
    ["`check --call-tools`", "check", "check"],
    ["a collection written by hand from docs/collections.md", null, "handwritten"],
    ["a coding agent's `call_tool` + `findings`", "agent", null],
  ];
  const out = [
    "| path | planted bugs caught (our servers) | regressions caught (published servers) | harmless changes failed | correct servers failed |",
    "|---|---|---|---|---|",
  ];
  const frac = (xs, ok) => `${xs.filter(ok).length} / ${xs.length}`;
  for (const [label, own, published] of rows) {
    const a = own ? results[own]?.rows : undefined;
    const b = published ? pub[published]?.rows : undefined;
    const both = [...(a ?? []), ...(b ?? [])];
    const cell = (r, name) =>
      r
        ? frac(
            r.filter((x) => x.meant),
            (x) => x.caught,
          )
        : name
          ? "not run"
          : "—";
    out.push(
      `| ${label} | ${cell(a, own)} | ${cell(b, published)} | ` +
        `${frac(
          both.filter((x) => x.harmless),
          (x) => x.caught,
        )} | ${frac(
          both.filter((x) => x.mutant === "none"),
          (x) => x.caught,
        )} |`,
    );
  }
  return out.join("\n");
}

const esc = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The markdown of docs/verdicts.md for these results. */
export function renderVerdicts(results) {
  const out = [];
  out.push("# Verdicts proven on planted bugs: the mutant corpus", "");
  out.push(
    "A verdict that has never been seen to fail is not a verdict. `test/mutants/` holds three correct MCP servers " +
      "(the SDK v1 `Server`; the SDK v2 `Server`, spoken to in both eras, 2025-11-25 and 2026-07-28; and one " +
      "written by hand, raw JSON-RPC over stdio, no SDK), over stdio and Streamable HTTP, and a corpus of mutants: " +
      "each is one of those servers with exactly one planted bug (`--mutant NAME`, see " +
      "`test/mutants/servers/surface.mjs`). Every verdict path runs over every one of them as a user would run it: " +
      "the test library's matchers in a test written from the correct server's behaviour, a collection written by " +
      "`inspector test --from-session` from a recording of the correct server, `inspector replay` of that recording, " +
      "`inspector check --call-tools`, and a coding agent's `call_tool` and `findings` through `inspector mcp`. " +
      "Each path declares which bugs it is *meant* to catch (`test/mutants/corpus.ts`: `check` knows no expected " +
      "values, so a changed prompt text is not its business; replay's it is). Read the first table as: of the " +
      "mutants a path is meant to catch, how many it failed; and how many correct servers it wrongly failed. The " +
      "goal is every meant mutant caught and no false failure; a harmless change (a description reworded: no " +
      "regression, and `diff` calls it compatible) is counted with the false failures when a path fails it. A row " +
      "short of the goal is a bug in that path, and the " +
      "second table names the mutant and what the path answered. A catch outside what a path is meant for is " +
      "counted apart (it is often a side effect, such as an era difference). The tables are written by " +
      "`node test/mutants/render.mjs` from the last run of `npx vitest run test/mutants`, and a test fails when " +
      "this page and the results disagree.",
    "",
  );
  out.push(
    "| path | meant mutants caught | false failures on correct servers | harmless changes failed | also failed (not meant) |",
    "|---|---|---|---|---|",
  );
  for (const p of PATHS) {
    const r = results[p];
    if (!r) {
      out.push(`| ${LABEL[p]} | not run | not run | not run | |`);
      continue;
    }
    const c = counts(r.rows);
    out.push(`| ${LABEL[p]} | ${c.caught} | ${c.correct} | ${c.harmless} | ${c.extra} |`);
  }
  const anyRows = PATHS.map((p) => results[p]).find(Boolean)?.rows ?? [];
  out.push("", "## Each mutant on each path", "");
  out.push(
    "✓ caught (meant) · **MISSED** (meant, not caught) · **FALSE FAILURE** (a correct server failed) · + caught though not meant · – not meant, not caught",
    "",
  );
  out.push(`| server | bug | ${PATHS.join(" | ")} |`, `|---|---|${PATHS.map(() => "---").join("|")}|`);
  for (const { id, mutant } of anyRows) {
    const cells = PATHS.map((p) => {
      const x = results[p]?.rows.find((y) => y.id === id);
      if (!x) return "";
      if (mutant === "none") return x.caught ? "**FALSE FAILURE**" : "✓ passes";
      if (x.harmless) return x.caught ? "**FALSE FAILURE**" : "✓ passes";
      if (x.meant) return x.caught ? "✓" : "**MISSED**";
      return x.caught ? "+" : "–";
    });
    out.push(`| \`${id}\` | ${esc(DESCRIBED[mutant] ?? mutant)} | ${cells.join(" | ")} |`);
  }
  const off = PATHS.flatMap((p) =>
    (results[p]?.rows ?? [])
      .filter((x) => (x.meant && !x.caught) || ((x.mutant === "none" || x.harmless) && x.caught))
      .map((x) => ({ p, x })),
  );
  out.push("", "## Off the goal: what each path answered", "");
  if (off.length === 0) out.push("Nothing: every meant mutant is caught and every correct server passes on every path.");
  else {
    out.push("| path | server | what it answered |", "|---|---|---|");
    for (const { p, x } of off)
      out.push(`| ${p} | \`${x.id}\`${x.mutant === "none" ? " (correct)" : x.harmless ? " (harmless)" : ""} | ${esc(x.said)} |`);
  }
  out.push("");
  return out.join("\n");
}

/** The published corpus's section of docs/verdicts.md. */
export function renderPublished(pub) {
  const out = ["", "# Servers nobody here wrote: the published corpus", ""];
  out.push(
    "A path proven only on servers written for it is not proven. `test/mutants/published/` runs the same verdict " +
      "paths over four servers this project did not write, unmodified: `@modelcontextprotocol/server-everything`, " +
      "`server-filesystem` (on a temp folder the test makes), `server-memory` (a fresh `MEMORY_FILE_PATH` each start), " +
      "and a server built on pypi's `mcp` (`notes_server.py`, run in a venv the tests make under " +
      "`node_modules/.cache/mcp-py-venv`). Each mutant is planted by a stdio proxy (`test/mutants/published/proxy.mjs " +
      "--mutant NAME`) that rewrites the frames between the client and the real server: either a **regression** " +
      "(a dropped notification, a slower answer, a crash, a JSON-RPC error for a result, a changed text, a tool " +
      "renamed or removed, a required argument added, a broken `structuredContent`) or a **harmless change** " +
      "(tools in another order, a tool, resource or prompt added, a description's typo fixed, an added `_meta`, an " +
      "optional input property, a bumped `serverInfo.version`), one `diff` calls compatible. A path that fails a " +
      "harmless change fails a good release: each is counted as a false failure. The recordings are made the way a " +
      "user makes them: the library test run on the published server (real use, real arguments) and " +
      "`check --call-tools --save-session` (arguments guessed from the schemas, so it is meant only for what its " +
      "calls reach). Which path is meant to catch which regression: `test/mutants/published/corpus.ts`. The goal " +
      "of every row: every regression caught, no harmless change and no published server failed.",
    "",
  );
  out.push("| path | regressions caught | harmless changes failed | published servers failed |", "|---|---|---|---|");
  for (const p of PUB_PATHS) {
    const r = pub[p];
    if (!r) out.push(`| ${PUB_LABEL[p]} | not run | not run | not run |`);
    else {
      const c = counts(r.rows);
      out.push(`| ${PUB_LABEL[p]} | ${c.caught} | ${c.harmless} | ${c.correct} |`);
    }
  }
  const anyRows = PUB_PATHS.map((p) => pub[p]).find(Boolean)?.rows ?? [];
  out.push("", "## Each published mutant on each path", "");
  out.push(
    "✓ caught (meant) · **MISSED** (meant, not caught) · ✓ passes (a harmless change or the server itself passed) · " +
      "**FALSE FAILURE** (it failed) · + caught though not meant · – not meant, not caught",
    "",
  );
  out.push(`| server | change | kind | ${PUB_PATHS.join(" | ")} |`, `|---|---|---|${PUB_PATHS.map(() => "---").join("|")}|`);
  for (const { id, mutant, harmless, plants } of anyRows) {
    const cells = PUB_PATHS.map((p) => {
      const x = pub[p]?.rows.find((y) => y.id === id);
      if (!x) return "";
      if (mutant === "none" || harmless) return x.caught ? "**FALSE FAILURE**" : "✓ passes";
      if (x.meant) return x.caught ? "✓" : "**MISSED**";
      return x.caught ? "+" : "–";
    });
    const kind = mutant === "none" ? "server" : harmless ? "harmless" : "regression";
    out.push(`| \`${id}\` | ${esc(plants ?? PROXY_MUTANTS[mutant]?.says ?? mutant)} | ${kind} | ${cells.join(" | ")} |`);
  }
  const off = PUB_PATHS.flatMap((p) =>
    (pub[p]?.rows ?? []).filter((x) => (x.meant && !x.caught) || ((x.mutant === "none" || x.harmless) && x.caught)).map((x) => ({ p, x })),
  );
  out.push("", "## Off the goal on the published corpus: what each path answered", "");
  if (off.length === 0) out.push("Nothing: every meant regression is caught and nothing harmless fails on any path.");
  else {
    out.push("| path | entry | what it answered |", "|---|---|---|");
    for (const { p, x } of off)
      out.push(`| ${p} | \`${x.id}\`${x.mutant === "none" ? " (server)" : x.harmless ? " (harmless)" : " (missed)"} | ${esc(x.said)} |`);
  }
  out.push("");
  out.push(
    "On the collection made from `check --call-tools --save-session`: `--call-tools` calls every tool, write " +
      "tools included (the filesystem server's `write_file`, `move_file`, `create_directory`), with arguments " +
      "guessed from their schemas, and each run of the collection calls them again. A server with side effects " +
      "needs the state it was recorded in at the start of each run (docs/collections.md): this corpus puts the " +
      "filesystem server's folder back, at the same path since its answers name it, before the recording and " +
      "before each run, as a CI job starts from a fresh checkout. On that fresh folder check's guessed path for " +
      '`read_text_file` ("test") names no file, so the call is refused and the collection says `read_text_file` is ' +
      "not exercised: `filesystem/struct-broken` is not meant for that row, nor for `check --call-tools`, whose " +
      "own run makes that file only after it read it (corpus.ts, `PUB_UNREACHED`; check's runs start on the made " +
      "folder too). Without `--call-tools` check calls only the " +
      "tools annotated `readOnlyHint`. The everything server's `toggle-simulated-logging` starts a log line every " +
      "5 s at a random level, which lands in whichever call is running: log lines that come during two or more " +
      "different calls are the server's own and expected of no step (a log line one call brings, such as the " +
      "Python server's `summarize`, stays that call's, and `python/drop-log` is caught). Its guessed " +
      "`trigger-long-running-operation` takes 10 s, so that collection runs with the 15 s check recorded it with.",
  );
  return out.join("\n");
}

/** The page as written to disk: rendered, then formatted as `prettier --check .` wants it. */
export async function renderDoc(results, pub = readPubResults()) {
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(renderVerdicts(results) + renderPublished(pub), { ...options, filepath: DOC });
}

export const README = path.resolve(here, "../../README.md");

/** The README with its verdict table (the first table under "## Verdicts you can trust") replaced by `table`. */
export function withReadmeTable(readme, table) {
  const lines = readme.split("\n");
  const head = lines.findIndex((l) => l.startsWith("## Verdicts you can trust"));
  if (head < 0) throw new Error("README.md has no '## Verdicts you can trust' section");
  const start = lines.findIndex((l, i) => i > head && l.startsWith("|"));
  if (start < 0) throw new Error("README.md's verdict section has no table");
  let end = start;
  while (end < lines.length && lines[end].startsWith("|")) end++;
  return [...lines.slice(0, start), table, ...lines.slice(end)].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await renderDoc(readResults());
  const readme = readFileSync(README, "utf8");
  const newReadme = withReadmeTable(readme, renderReadmeTable(readResults(), readPubResults()));
  if (process.argv.includes("--check")) {
    const same = existsSync(DOC) && readFileSync(DOC, "utf8") === text && readme === newReadme;
    if (!same)
      process.stderr.write("docs/verdicts.md or README.md is not what test/mutants/results say: run node test/mutants/render.mjs\n");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(DOC, text);
  writeFileSync(README, newReadme);
}
