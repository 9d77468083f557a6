import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { startOAuthFixture } from "../helpers/oauth-fixture";
import type { Fixture2026 } from "./with-fixture";

// `inspector --cli` as a CI job runs it: --auth workload with the platform's token file, and --dpop.

const opened: Fixture2026[] = [];
afterEach(async () => void (await Promise.all(opened.splice(0).map((f) => f.close()))));
const dir = mkdtempSync(path.join(tmpdir(), "cli-workload-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function fixture(options: Record<string, unknown>): Promise<Fixture2026> {
  const f = (await startOAuthFixture(options)) as Fixture2026;
  opened.push(f);
  return f;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(["--cli", ...argv], env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

describe("--auth workload and --dpop from the command line", () => {
  test("the workload's JWT from a file: tools/list succeeds; an expired one exits 3 with the server's words", async () => {
    const f = await fixture({ workload: true });
    const file = path.join(dir, "jwt");
    writeFileSync(file, f.mintWorkloadJwt());
    const ok = await cli(["--server-url", f.url, "--auth", "workload", "--workload-token-file", file, "--method", "tools/list"]);
    expect(ok.code, ok.err).toBe(0);
    expect(JSON.parse(ok.out).tools[0].name).toBe("echo");
    writeFileSync(file, f.mintWorkloadJwt({ exp: 1 }));
    const expired = await cli(["--server-url", f.url, "--auth", "workload", "--workload-token-file", file, "--method", "tools/list"]);
    expect(expired.code).toBe(3);
    expect(expired.err).toMatch(/invalid_grant: JWT assertion is expired/);
  });

  test("--dpop: auto binds the token when the server offers it; off sends Bearer, which a DPoP-only server refuses (exit 3)", async () => {
    const f = await fixture({ dpop: { nonce: true } });
    const ok = await cli(["--server-url", f.url, "--auth", "auto", "--method", "tools/list"]);
    expect(ok.code, ok.err).toBe(0);
    expect(f.log.filter((l) => l.side === "mcp" && l.method === "POST").at(-1)!.headers.authorization).toMatch(/^DPoP /);
    const off = await cli(["--server-url", f.url, "--auth", "auto", "--dpop", "off", "--method", "tools/list"]);
    expect(off.code).toBe(3);
  });
});
