// `inspector replay A B …`: several recordings, each against its own recorded target, in one run
// (issue 89: a CI job over a project's recordings starts the inspector once): each report under
// its file's name, a verdict line each, the exit code the worst.
import path from "node:path";
import { expect, test } from "vitest";
import type { SessionFile } from "../../lib/session/file";
import { FIXTURES } from "../helpers/targets";
import { recordSession } from "../helpers/sessions";
import { replayCli, saveSession, tempDir } from "./helpers";

const DRIFTING = path.join(FIXTURES, "drifting-server.mjs");

/** The recording with another command as its target (what the file says to run). */
const withTarget = (s: SessionFile, command: string, args: string[]): SessionFile => ({
  ...s,
  target: { transport: "stdio", command, args, envNames: [] },
});

test("each file against its own target: same, changed, unreadable; the worst exit; --yes runs them", async () => {
  const session = await recordSession({ transport: "stdio", command: process.execPath, args: [DRIFTING], env: {} }, async (e) => {
    await e.request("tools/list", {});
    await e.callTool("forecast", { city: "Oslo" });
  });
  const same = saveSession(withTarget(session, process.execPath, [DRIFTING]), tempDir());
  // The same server told to drift, as its file says to start it.
  const drift = saveSession(withTarget(session, "/usr/bin/env", ["DRIFT=1", process.execPath, DRIFTING]), tempDir());
  const missing = path.join(tempDir(), "gone.mcp-session.json");

  const run = await replayCli([same, drift, missing, "--yes"]);
  expect(run.code).toBe(2);
  const sections = run.out.split(/^== /m).slice(1);
  expect(sections.map((s) => s.slice(0, s.indexOf("\n")))).toEqual([same, drift, missing]);
  expect(sections[0]).toMatch(/\d+ same/);
  expect(sections[1]).toMatch(/CHANGED.*forecast/);
  expect(run.out).toContain(`3 recordings replayed\nsame    ${same}: exit 0\nCHANGED ${drift}: exit 1\nERROR   ${missing}: exit 2\n`);
  // Each file's stderr says whose it is.
  expect(run.err).toMatch(new RegExp(`^${missing.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: inspector: .*gone\\.mcp-session\\.json`, "m"));

  // Without --yes nothing a file names is run: each says so, and nothing passes.
  const asked = await replayCli([same, drift]);
  expect(asked.code).toBe(2);
  expect(asked.err).toMatch(/pass --yes to run it/);
  expect(asked.out).toMatch(/ERROR {3}.*: exit 2\nERROR {3}.*: exit 2\n$/);
});

test("what names one run's target, file or report is refused with several files", async () => {
  for (const flag of [
    ["--update"],
    ["--format", "junit"],
    ["--command", "node s.js"],
    ["--up-to", "failure"],
    ["--save-session", "x.json"],
  ]) {
    const run = await replayCli(["a.mcp-session.json", "b.mcp-session.json", ...flag]);
    expect(run.code, flag.join(" ")).toBe(2);
    expect(run.err).toMatch(/is for one recording: replay several files each against its own recorded target/);
  }
});
