// The slow mutant on a recording made on a loaded machine: a recording whose `echo` took 600 ms
// allows 6 s on replay (10x), so the mutant's 5 s passes for the load's doing, not the path's.
// slowDelayPast moves the delay past the limit of the recording actually made: proven here on a
// real recording of the everything server with its `echo` time raised to what a loaded machine can
// record (800 ms: 8 s allowed), replayed against the mutant both ways.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { cli } from "../harness";
import { tempDir } from "../recordings";
import { replayEach } from "../replay-each";
import { pubArgv, type PubEntry } from "./corpus";
import { slowDelayPast } from "./harness";

const dir = tempDir("pub-slow-recording");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLOW_ECHO: PubEntry = { id: "everything/slow", base: "everything", mutant: "slow", tool: "echo", harmless: false };
const LOADED_MS = 800;

test(
  "a slow recording's replay still catches the slow mutant: its delay goes past the recording's own limit",
  { timeout: 60_000 },
  async () => {
    const recording = path.join(dir, "echo.mcp-session.json");
    const { command, args } = pubArgv({ ...SLOW_ECHO, mutant: "none" }, "/nonexistent");
    const made = await cli(
      ["--cli", "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi", "--save-session", recording, command, ...args],
      { limitMs: 30_000 },
    );
    expect(made.code, made.stderr).toBe(0);

    // The recording as a loaded machine would have made it: echo answered in 800 ms.
    const session = JSON.parse(readFileSync(recording, "utf8")) as { entries: Array<{ pair?: { method: string; latencyMs: number } }> };
    const answers = session.entries.filter((e) => e.pair?.method === "tools/call");
    expect(answers).toHaveLength(1);
    answers[0].pair!.latencyMs = LOADED_MS;
    writeFileSync(recording, JSON.stringify(session));

    const delay = slowDelayPast(SLOW_ECHO, recording)!;
    expect(delay).toBe(10 * LOADED_MS + 1000);
    const target = (slowMs?: number) => {
      const argv = pubArgv(SLOW_ECHO, "/nonexistent", slowMs);
      return { transport: "stdio" as const, command: argv.command, args: argv.args, envNames: [] };
    };
    const verdicts = await replayEach(
      dir,
      [
        { name: "fixed-5s", recording, target: target() },
        { name: "past-limit", recording, target: target(delay) },
      ],
      [],
      45_000,
    );
    // The premise: the old fixed 5 s stays inside this recording's 8 s limit (the miss seen under load).
    expect(verdicts.get("fixed-5s"), JSON.stringify(verdicts.get("fixed-5s"))).toMatchObject({ code: 0 });
    // The delay past the recording's own limit is caught, and for its time.
    const caught = verdicts.get("past-limit")!;
    expect(caught.code, caught.said).not.toBe(0);
    expect(caught.said).toMatch(/latency/i);
  },
);
