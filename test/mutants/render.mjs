// Renders docs/verdicts.md from the results the verdict-path tests wrote (test/mutants/results/*.json).
//   node test/mutants/render.mjs           rewrite docs/verdicts.md
//   node test/mutants/render.mjs --check   exit 1 when docs/verdicts.md is not what the results say
// test/mutants/verdicts-doc.test.ts runs the check.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { MUTANTS as DESCRIBED } from "./servers/surface.mjs";

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

/** Each path's results file, parsed ({ path, rows }), or undefined when the path has not run. */
export function readResults(dir = path.join(here, "results")) {
  return Object.fromEntries(
    PATHS.map((p) => {
      const file = path.join(dir, `${p}.json`);
      return [p, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined];
    }),
  );
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
      "goal is every meant mutant caught and no false failure; a row short of it is a bug in that path, and the " +
      "second table names the mutant and what the path answered. A catch outside what a path is meant for is " +
      "counted apart (it is often a side effect, such as an era difference). The tables are written by " +
      "`node test/mutants/render.mjs` from the last run of `npx vitest run test/mutants`, and a test fails when " +
      "this page and the results disagree.",
    "",
  );
  out.push("| path | meant mutants caught | false failures on correct servers | also failed (not meant) |", "|---|---|---|---|");
  for (const p of PATHS) {
    const r = results[p];
    if (!r) {
      out.push(`| ${LABEL[p]} | not run | not run | |`);
      continue;
    }
    const mutants = r.rows.filter((x) => x.mutant !== "none");
    const meant = mutants.filter((x) => x.meant);
    const correct = r.rows.filter((x) => x.mutant === "none");
    const extra = mutants.filter((x) => !x.meant && x.caught).length;
    out.push(
      `| ${LABEL[p]} | ${meant.filter((x) => x.caught).length} / ${meant.length} | ` +
        `${correct.filter((x) => x.caught).length} / ${correct.length} | ${extra} |`,
    );
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
      if (x.meant) return x.caught ? "✓" : "**MISSED**";
      return x.caught ? "+" : "–";
    });
    out.push(`| \`${id}\` | ${esc(DESCRIBED[mutant] ?? mutant)} | ${cells.join(" | ")} |`);
  }
  const off = PATHS.flatMap((p) =>
    (results[p]?.rows ?? []).filter((x) => (x.meant && !x.caught) || (x.mutant === "none" && x.caught)).map((x) => ({ p, x })),
  );
  out.push("", "## Off the goal: what each path answered", "");
  if (off.length === 0) out.push("Nothing: every meant mutant is caught and every correct server passes on every path.");
  else {
    out.push("| path | server | what it answered |", "|---|---|---|");
    for (const { p, x } of off) out.push(`| ${p} | \`${x.id}\`${x.mutant === "none" ? " (correct)" : ""} | ${esc(x.said)} |`);
  }
  out.push("");
  return out.join("\n");
}

/** The page as written to disk: rendered, then formatted as `prettier --check .` wants it. */
export async function renderDoc(results) {
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(renderVerdicts(results), { ...options, filepath: DOC });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await renderDoc(readResults());
  if (process.argv.includes("--check")) {
    const same = existsSync(DOC) && readFileSync(DOC, "utf8") === text;
    if (!same) process.stderr.write("docs/verdicts.md is not what test/mutants/results say: run node test/mutants/render.mjs\n");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(DOC, text);
}
