import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authFromFlags } from "../../server/commands/shared/connect-settings";
import { emptyTarget, validateTarget, type AuthArgs } from "../../server/commands/shared/target-flags";

const dir = mkdtempSync(path.join(tmpdir(), "workload-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const target = (a: Partial<AuthArgs>) => ({ ...emptyTarget(), serverUrl: "http://127.0.0.1:1/mcp", ...a });

describe("--auth workload and --dpop on the command line", () => {
  it("the JWT comes from a file (read by the flow, so only its path is in the settings) or MCP_WORKLOAD_TOKEN", () => {
    const file = path.join(dir, "token");
    writeFileSync(file, "a.b.c");
    expect(authFromFlags({ auth: "workload", workloadTokenFile: file }, {})).toMatchObject({ mode: "workload", workloadTokenFile: file });
    expect(authFromFlags({ auth: "workload", dpop: "on" }, { MCP_WORKLOAD_TOKEN: "a.b.c" })).toMatchObject({
      workloadToken: "a.b.c",
      dpop: "on",
    });
  });

  it("no JWT, an unreadable file, or the file without --auth workload: usage errors that say what to give", () => {
    expect(() => authFromFlags({ auth: "workload" }, {})).toThrow(/--workload-token-file FILE .* or MCP_WORKLOAD_TOKEN/);
    expect(() => authFromFlags({ auth: "workload", workloadTokenFile: path.join(dir, "missing") }, {})).toThrow(/--workload-token-file/);
    expect(() => validateTarget(target({ workloadTokenFile: "/x" }))).toThrow("--workload-token-file needs --auth workload");
  });
});
