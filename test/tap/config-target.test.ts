// Issue 90: `check --config` reads opencode's, Copilot CLI's, Cline's and Qwen Code's files in
// their own terms; `--cli --config FILE --server NAME` and the library's connect({ config, server })
// refused the same files ("no mcpServers", `type: expected "stdio"`, "neither command nor url").
// Each shape here names the real everything server; both readers reach it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommandLine } from "../../server/commands/main";
import { connect } from "../../server/test-library";
import { EVERYTHING } from "../helpers/targets";
import { startEverythingHttp } from "../helpers/http-everything";

const tmp = mkdtempSync(path.join(tmpdir(), "config-target-"));
const node = process.execPath;
let http: Awaited<ReturnType<typeof startEverythingHttp>>;

beforeAll(async () => {
  http = await startEverythingHttp("streamableHttp");
});
afterAll(() => http?.stop());

function write(rel: string, json: object): string {
  const file = path.join(tmp, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(json));
  return file;
}

/** Each host's own shape for one server named "everything", and another beside it. */
const shapes: Array<[string, () => string]> = [
  [
    "opencode (mcp, type local, command as an array, environment)",
    () =>
      write("oc/opencode.json", {
        mcp: {
          everything: { type: "local", command: [node, EVERYTHING, "stdio"], environment: { FROM_OPENCODE: "1" } },
          other: { type: "remote", url: "http://127.0.0.1:9/mcp" },
        },
      }),
  ],
  [
    "Copilot CLI (type local, tools)",
    () =>
      write("cp/.copilot/mcp-config.json", {
        mcpServers: {
          everything: { type: "local", command: node, args: [EVERYTHING, "stdio"], tools: ["*"] },
          other: { type: "local", command: "other", args: [], tools: ["*"] },
        },
      }),
  ],
  [
    "Cline (transport: {type, command, args})",
    () =>
      write("cl/cline_mcp_settings.json", {
        mcpServers: {
          everything: { transport: { type: "stdio", command: node, args: [EVERYTHING, "stdio"] }, autoApprove: [] },
          other: { transport: { type: "stdio", command: "other" } },
        },
      }),
  ],
  [
    "Qwen Code (httpUrl is Streamable HTTP)",
    () =>
      write("qw/.qwen/settings.json", {
        mcpServers: { everything: { httpUrl: http.url, discoveryTimeoutMs: 9000 }, other: { command: "other" } },
      }),
  ],
];

describe.concurrent("--cli --config FILE --server NAME reads each host's file in its own terms", () => {
  it.each(shapes)("%s", async (_, make) => {
    const file = make();
    let out = "";
    let err = "";
    const code = await runCommandLine(
      ["--cli", "--config", file, "--server", "everything", "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hi"],
      {},
      { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") },
    );
    expect(code, err).toBe(0);
    expect(JSON.parse(out).content[0].text).toBe("Echo: hi");
  });
});

describe.concurrent("connect({ config, server }) reads each host's file in its own terms", () => {
  it.each(shapes)("%s", async (_, make) => {
    const file = make();
    await using mcp = await connect({ config: file, server: "everything" });
    expect((await mcp.callTool("echo", { message: "hi" })).content).toEqual([{ type: "text", text: "Echo: hi" }]);
  });

  it("a host's file with two servers and no --server names both", async () => {
    const file = shapes[0][1]();
    await expect(connect({ config: file })).rejects.toThrow(/has 2 servers \(everything, other\): choose one with --server NAME/);
    await expect(connect({ config: file, server: "nope" })).rejects.toThrow(/server "nope" is not in .*\(it has: everything, other\)/);
  });
});
