import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";
// @ts-expect-error a plain .mjs fixture
import { startHttpFaults } from "../fixtures/http-faults.mjs";

const STDIO = path.join(FIXTURES, "stdio-faults.mjs");
let dir: string;
const servers: Array<{ close(): Promise<void> }> = [];
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faults-"));
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const t = Date.now();
  const code = await runCommandLine(argv, { PATH: process.env.PATH }, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err, ms: Date.now() - t };
}

const COLLECTION = `version: 1
steps:
  - name: the fault
    tool: fault
    expect:
      - isError: false
`;

test("explore", async () => {
  const coll = path.join(dir, "f.mcp-tests.yaml");
  writeFileSync(coll, COLLECTION);
  const ok = await startHttpFaults("ok");
  servers.push(ok);
  const recHttp = path.join(dir, "rec-http.json");
  await run(["--cli", "--server-url", ok.url, "--method", "tools/call", "--tool-name", "fault", "--save-session", recHttp]);
  const recStdio = path.join(dir, "rec-stdio.json");
  await run(["--cli", "--method", "tools/call", "--tool-name", "fault", "--save-session", recStdio, process.execPath, STDIO, "ok"]);
  for (const mode of ["reset", "500", "stall", "close", "deaf", "killed"]) {
    let target: string[];
    let replayTarget: string[];
    if (["deaf", "killed"].includes(mode)) {
      target = [process.execPath, STDIO, mode];
      replayTarget = ["--command", `${process.execPath} ${STDIO} ${mode}`];
    } else {
      const s = await startHttpFaults(mode);
      servers.push(s);
      target = ["--server-url", s.url];
      replayTarget = ["--server-url", s.url];
    }
    const save = (c: string) => ["--save-session", path.join(dir, `${mode}-${c}.json`)];
    const runs: Record<string, string[]> = {
      cli: ["--cli", "--method", "tools/call", "--tool-name", "fault", "--request-timeout", "2500", ...save("cli"), ...target],
      check: ["check", "--request-timeout", "2500", ...save("check"), ...target],
      test: ["test", coll, "--request-timeout", "2500", ...save("test"), ...target],
      replay: ["replay", target.length === 3 ? recStdio : recHttp, "--yes", ...replayTarget],
      load: ["--cli", "--method", "tools/call", "--tool-name", "fault", "--load", "--load-requests", "3", "--load-concurrency", "1", "--request-timeout", "2500", ...save("load"), ...target],
    };
    for (const [name, argv] of Object.entries(runs)) {
      const r = await run(argv);
      console.log(`=== ${mode} ${name}: exit ${r.code} in ${r.ms} ms, saved ${existsSync(path.join(dir, `${mode}-${name}.json`))}\n--- err\n${r.err.slice(0, 1500)}\n--- out\n${r.out.slice(0, 1500)}`);
    }
  }
}, 600_000);
