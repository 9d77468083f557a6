// Issue 71: the official Python SDK's client (PyPI `mcp`, pinned, in the tests' venv) as the host,
// driving 80-call bursts through the tap while the server restarts under it: every request gets
// exactly one answer (the new server's, or the restart error), never two.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import type { MessageEntry } from "../../lib/record/format";
import { FIXTURES, ROOT } from "../helpers/targets";
import { ensureVenv } from "../mutants/published/venv";

const CLIENT = path.join(FIXTURES, "py-burst-client.py");
const SERVER = path.join(FIXTURES, "tap-server.mjs");
const BURST = 80;

type Said = { burst?: true; gate?: true; changed?: number; calls?: string[] };

/**
 * The call before which the client pauses its burst (py-burst-client.py's GATE_AT) until the tap
 * has begun the restart the test asked for: a quarter of the way in. A restart timed from the
 * burst's start (200 ms in, as before) fell after its end once under a loaded run's watch (a
 * fresh clone: neither a call in flight at it nor one held through it), and the test then proved
 * nothing about a restart inside a burst.
 */
const GATE_AT = 20;

/**
 * The Python client hosting `tap --save-session FILE [--watch W] -- node tap-server.mjs`; `on`
 * hears each line it says, and the tap's pid (from its start line). Resolves with the calls'
 * outcomes, the client's stderr and the saved session's messages once the client has ended.
 */
async function pythonHost(o: { watch?: string; env?: Record<string, string>; on(said: Said, tapPid: number): void }) {
  const python = await ensureVenv();
  const dir = mkdtempSync(path.join(tmpdir(), "tap-python-"));
  const file = path.join(dir, "session.json");
  const tapArgs = ["tap", "--no-page", "--save-session", file, ...(o.watch ? ["--watch", o.watch] : []), "--", process.execPath, SERVER];
  const py = spawn(python, [CLIENT, process.execPath, path.join(ROOT, "bin/inspector.mjs"), ...tapArgs], {
    env: { ...process.env, BURST: String(BURST), GATE_AT: String(GATE_AT), ...o.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  let tapPid = 0;
  let gateOpen = false;
  py.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
    tapPid ||= Number(/kill -USR2 (\d+)/.exec(stderr)?.[1] ?? 0);
    // The tap says so before it stops the old server: the rest of the burst meets the restart.
    if (!gateOpen && stderr.includes("restarting the server (")) {
      gateOpen = true;
      py.stdin.end("go\n");
    }
  });
  let calls: string[] = [];
  createInterface({ input: py.stdout }).on("line", (line) => {
    const said = JSON.parse(line) as Said;
    if (said.calls) calls = said.calls;
    o.on(said, tapPid);
  });
  const code = await new Promise<number | null>((r) => py.once("exit", r));
  expect(code, stderr).toBe(0);
  const session = JSON.parse(readFileSync(file, "utf8")) as { entries: Array<MessageEntry | { kind: string; text?: string }> };
  return { calls, stderr, entries: session.entries };
}

/** How many answers each host request id got, read off the saved session (the tap's own errors are recorded as the server's). */
function answersPerId(entries: Array<{ kind: string }>): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const e of entries as MessageEntry[]) {
    if (e.kind !== "message" || e.dir !== "server->client") continue;
    const m = e.message as { id?: unknown; method?: string };
    if (m.method === undefined && m.id !== undefined) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  return counts;
}

/** Requests of the host's that came while a restart ran (between its two notes): held for the new server. */
function heldDuringRestart(entries: Array<{ kind: string; text?: string }>): number {
  let restarting = false;
  let held = 0;
  for (const e of entries) {
    if (e.kind === "lifecycle" && e.text?.startsWith("restart: stopping")) restarting = true;
    else if (e.kind === "lifecycle" && e.text?.startsWith("restart: the new server")) restarting = false;
    else if (restarting && e.kind === "message" && (e as MessageEntry).dir === "client->server") held++;
  }
  return held;
}

function expectOneAnswerEach(r: { calls: string[]; stderr: string; entries: Array<{ kind: string; text?: string }> }) {
  expect(r.calls).toHaveLength(BURST);
  for (const c of r.calls) expect(c).toMatch(/^ok$|^error: the server restarted \(mcp-inspector-harness tap\) before it answered/);
  const counts = answersPerId(r.entries);
  // initialize, tools/list and the burst: each id once.
  expect(counts.size).toBe(BURST + 2);
  expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  expect(r.stderr).not.toMatch(/unknown request ID/i);
  // The restart fell inside the burst: some calls were in flight at it or held through it.
  const failed = r.calls.filter((c) => c !== "ok").length;
  expect(failed + heldDuringRestart(r.entries)).toBeGreaterThan(0);
}

// The two hosts at once, each with its own tap, server and files: a burst is 80 calls 10 ms apart
// and a restart, mostly waiting, and at once they slow a burst, never shorten it (the restart still
// falls inside it).
describe.concurrent("the official Python SDK client through the tap (issue 71)", () => {
  it("80 calls under kill -USR2: each request id answered once", async () => {
    const r = await pythonHost({
      // A quarter of the way into the burst, the person restarts the server; the rest waits for it.
      on: (said, tapPid) => void (said.gate && process.kill(tapPid, "SIGUSR2")),
    });
    expectOneAnswerEach(r);
  }, 120_000);

  it("80 calls under --watch, then three atomic saves in a row: each answered once; each save restarts the server and sends list_changed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tap-python-watch-"));
    const tools = path.join(dir, "tools.txt");
    writeFileSync(tools, "");
    const names = ["one", "two", "three"];
    // An editor's save: a temporary file renamed over the original.
    const save = (n: number) => {
      writeFileSync(`${tools}.swp`, names.slice(0, n).join("\n") + "\n");
      renameSync(`${tools}.swp`, tools);
    };
    const r = await pythonHost({
      watch: tools,
      env: { TAP_TOOLS_FILE: tools, WANT_CHANGED: "3" },
      on: (said) => {
        if (said.gate) save(1);
        if (said.changed && said.changed < 3) save(said.changed + 1);
      },
    });
    expectOneAnswerEach(r);
    expect(r.stderr.match(/restarting the server \(.*\)/g)).toEqual(Array(3).fill(`restarting the server (${tools} changed)`));
    expect(r.stderr.match(/restarted \(pid \d+\).*sent notifications\/tools\/list_changed/g)).toHaveLength(3);
  }, 120_000);
});
