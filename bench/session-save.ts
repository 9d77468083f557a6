// What saving a long tap session costs (issue 65): `node bench/session-save.mjs [ENTRIES]`.
// A tap session as figure 16's makes it (an initialize, 2,300 tools/calls, then a flood of
// ENTRIES log notifications, default 100,000), recorded by the tap's own recorder from the
// frames as a host and a server write them, then written by saveTapSession (the redaction with
// the host's environment values, the file). Three times: the flood alone, the same session with a
// host secret echoed in one call result of 100 and a bearer header in one notification of 1,000
// (the redaction's second pass then runs: what the patterns found is searched for again), and
// once more with a distinct line of text in each notification (nothing to reuse).
// Prints each step's wall time, the garbage collector's share, the file's size, and checks the
// file: every frame in it, no host secret in it. Speed is measured here, never asserted in tests.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { RecordStore } from "../server/record/store";
import { TapRecorder } from "../server/tap/recorder";
import { saveTapSession } from "../server/tap/session";
import type { Target } from "../lib/target/target";

const ENTRIES = Number(process.argv[2] ?? 100_000);
const CALLS = 2_300;
const SECRET = "host-secret-value-0123456789abcdef";
const TOKEN = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
/** The host's environment as a tap gets it: the usual variables and a few values a host puts there. */
const ENV: NodeJS.ProcessEnv = {
  PATH: "/usr/local/bin:/usr/bin:/bin",
  HOME: "/home/person",
  USER: "person",
  LANG: "en_US.UTF-8",
  SHELL: "/bin/bash",
  TERM: "xterm-256color",
  ANTHROPIC_API_KEY: "sk-ant-api03-bench0000000000000000000000000000000000000000",
  GITHUB_TOKEN: "ghp_bench000000000000000000000000000000000",
  DATABASE_URL: "postgres://app:db-password-bench@127.0.0.1:5432/app",
  SERVICE_SECRET: SECRET,
  NODE_OPTIONS: "--max-old-space-size=4096",
  EDITOR_THEME: "solarized-dark",
};
const target: Target = { transport: "stdio", command: process.execPath, args: ["test/fixtures/flood.mjs"], env: {} };

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ["gc"] });

/** What the flood's notifications carry: a number (figure 16's), a secret now and then, or a distinct line of text each. */
type Kind = "flood" | "echo" | "text";

function session(kind: Kind): { record: RecordStore; recorder: TapRecorder; frames: number } {
  const echo = kind === "echo";
  const record = new RecordStore();
  const recorder = new TapRecorder(record);
  let frames = 0;
  const send = (stream: "host" | "server", lines: string[]) => {
    frames += lines.length;
    recorder.chunk(stream, Buffer.from(lines.join("\n") + "\n"));
  };
  send("host", [
    '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}',
  ]);
  send("server", [
    '{"jsonrpc":"2.0","id":1,"result":{"protocolVersion":"2025-06-18","capabilities":{"tools":{},"logging":{}},"serverInfo":{"name":"flood-fixture","version":"1.0.0"}}}',
  ]);
  send("host", ['{"jsonrpc":"2.0","method":"notifications/initialized"}']);
  for (let id = 2; id < CALLS + 2; id++) {
    send("host", [`{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"flood","arguments":{"count":0}}}`]);
    const text = echo && id % 100 === 0 ? `{"log":0,"progress":0,"env":"${SECRET}"}` : '{"log":0,"progress":0}';
    send("server", [
      JSON.stringify({ jsonrpc: "2.0", id, result: { content: [{ type: "text", text }], structuredContent: { log: 0, progress: 0 } } }),
    ]);
  }
  const id = CALLS + 2;
  send("host", [
    `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"flood","arguments":{"count":${ENTRIES},"kind":"log"}}}`,
  ]);
  for (let i = 0; i < ENTRIES; i += 500) {
    const batch: string[] = [];
    for (let k = i; k < Math.min(ENTRIES, i + 500); k++) {
      const data =
        kind === "text"
          ? `"[build ${k}] compiling src/module-${k % 977}.ts: ${k % 7 ? "ok" : "warning: unused variable"} in ${(k * 37) % 1000} ms"`
          : echo && k % 1000 === 0
            ? `{"i":${k},"header":"Authorization: Bearer ${TOKEN}"}`
            : `{"i":${k}}`;
      batch.push(`{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","logger":"flood","data":${data}}}`);
    }
    send("server", batch);
  }
  send("server", [`{"jsonrpc":"2.0","id":${id},"result":{"content":[{"type":"text","text":"{\\"log\\":${ENTRIES},\\"progress\\":0}"}]}}`]);
  return { record, recorder, frames };
}

async function run(label: string, kind: Kind, dir: string): Promise<void> {
  const { record, recorder, frames } = session(kind);
  let t = performance.now();
  recorder.flush();
  const recordMs = performance.now() - t;
  const file = path.join(dir, `${kind}.mcp-session.json`);
  const gc0 = gcMs;
  t = performance.now();
  saveTapSession(file, record, recorder, target, ENV);
  const saveMs = performance.now() - t;
  // The observer is told of each collection on a later turn.
  await new Promise((r) => setTimeout(r, 50));
  const gc = gcMs - gc0;
  const text = readFileSync(file, "utf8");
  const saved = JSON.parse(text) as { entries: Array<{ kind: string }>; redactions: Array<{ what: string; count: number }> };
  const messages = saved.entries.filter((e) => e.kind === "message").length;
  const leaked = [SECRET, TOKEN, ENV.ANTHROPIC_API_KEY!, ENV.GITHUB_TOKEN!, "db-password-bench"].filter((s) => text.includes(s));
  console.log(
    `${label}: ${record.size.toLocaleString("en-US")} entries (${messages.toLocaleString("en-US")} of ${frames.toLocaleString("en-US")} frames in the file)` +
      ` | recorded in ${Math.round(recordMs)} ms | saved in ${Math.round(saveMs)} ms, GC ${Math.round(gc)} ms` +
      ` | ${(text.length / 1048576).toFixed(1)} MiB | redactions: ${saved.redactions.map((r) => `${r.what} ×${r.count}`).join(", ") || "none"}` +
      ` | host secrets in the file: ${leaked.length ? leaked.join(", ") : "none"}`,
  );
}

const dir = mkdtempSync(path.join(tmpdir(), "session-save-"));
try {
  await run("the flood", "flood", dir);
  await run("the flood, secrets echoed", "echo", dir);
  await run("the flood, a distinct text each", "text", dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
