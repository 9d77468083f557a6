import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatPortabilityReport, portabilityFindings } from "../../lib/lint/portability";
import { engineFactory } from "../helpers/engine";
import { FILESYSTEM, MEMORY, everythingStdio } from "../helpers/targets";

// Real servers' tool schemas (zod-generated, like most TypeScript servers) must not trip the
// `--strict` rules: the official inspector 2.12.0 reports nothing for these three either.
const { newEngine } = engineFactory();

async function listedTools(target: ReturnType<typeof everythingStdio>): Promise<unknown[]> {
  const { engine } = newEngine();
  const state = await engine.connect({ target });
  expect(state.status, state.error?.message).toBe("connected");
  const { result } = await engine.request("tools/list", {});
  const tools = (result as { tools?: unknown[] }).tools ?? [];
  expect(tools.length).toBeGreaterThan(0);
  return tools;
}

const stdio = (file: string, args: string[], env: Record<string, string> = {}) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [file, ...args],
  env,
});

describe("portability over real servers' tools/list", () => {
  it.each([
    ["everything", () => everythingStdio()],
    ["filesystem", () => stdio(FILESYSTEM, [mkdtempSync(path.join(tmpdir(), "portability-fs-"))])],
    ["memory", () => stdio(MEMORY, [], { MEMORY_FILE_PATH: path.join(mkdtempSync(path.join(tmpdir(), "portability-mem-")), "m.jsonl") })],
  ])("%s: no finding", async (_name, target) => {
    const findings = portabilityFindings(await listedTools(target()));
    expect(findings, formatPortabilityReport(findings)).toEqual([]);
  });
});
