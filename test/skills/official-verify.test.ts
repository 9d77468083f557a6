import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";

const require = createRequire(import.meta.url);
const OFFICIAL = path.join(path.dirname(require.resolve("@modelcontextprotocol/inspector/package.json")), "clients/cli/build/index.js");
const SERVER = path.join(FIXTURES, "skills-server.mjs");

interface Report {
  uri: string;
  outcome: string;
  files: Array<Record<string, unknown> & { uri: string; status: string }>;
}
const linesOf = (out: string): Report[] =>
  out
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** The run as the official CLI 2.12.0 (spawned) and ours (in-process) do it: exit code and report lines. */
async function both(mode: string, extra: string[] = []) {
  const argv = ["--cli", "-e", `SKILLS_MODE=${mode}`, process.execPath, SERVER, "--method", "skills/list", "--verify", ...extra];
  const theirs = spawnSync(process.execPath, [OFFICIAL, ...argv], { encoding: "utf8", timeout: 30_000 });
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return {
    official: { code: theirs.status, reports: linesOf(theirs.stdout), err: theirs.stderr },
    ours: { code, reports: linesOf(out), err },
  };
}

describe("--verify against the official CLI 2.12.0 on the skills fixture", () => {
  test.each([
    ["good", [], 0],
    ["mismatch", [], 7],
    ["bounds", [], 8],
    ["dynamic", [], 0],
    ["dynamic", ["--require-digests"], 9],
  ])("SKILLS_MODE=%s %j: the same exit code (%i), outcomes and file verdicts; every field of theirs in ours", async (mode, extra, exit) => {
    const { official, ours } = await both(mode, extra);
    expect(official.code, official.err).toBe(exit);
    expect(ours.code, ours.err).toBe(exit);
    const verdicts = (rs: Report[]) => rs.map((r) => [r.uri, r.outcome, r.files.map((f) => [f.uri, f.status])]);
    expect(verdicts(ours.reports)).toEqual(verdicts(official.reports));
    for (const [i, r] of official.reports.entries()) {
      expect(Object.keys(ours.reports[i])).toEqual(expect.arrayContaining(Object.keys(r)));
      for (const [j, f] of r.files.entries())
        expect(ours.reports[i].files[j]).toMatchObject(Object.fromEntries(Object.entries(f).filter(([k]) => k !== "reason")));
    }
  });
});
