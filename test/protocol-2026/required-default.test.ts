import path from "node:path";
import { describe, expect, test } from "vitest";
import { bareSession } from "../../server/headless/connect";
import { runCheck } from "../../server/check/run-check";
import { invalidArgsFor } from "../../lib/protocol/sample-args";
import { requiredWithDefault } from "../../lib/lint/rules/tools";
import { FIXTURES } from "../helpers/targets";

// Issue 37, item 6: @playwright/mcp's browser_console_messages lists `level` as required and gives
// it a default; the server accepts `{}`. `check` exited 1 on it: a warning about the schema now.

const target = {
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "required-default-server.mjs")],
  env: {},
};

describe("a required property with a default", () => {
  test("is never the one left out to break a call; a wrong type breaks it instead", () => {
    const schema = {
      type: "object",
      properties: { level: { type: "string", default: "info" }, q: { type: "string" } },
      required: ["level", "q"],
    };
    expect(requiredWithDefault(schema)).toEqual(["level"]);
    expect(invalidArgsFor(schema)).toEqual({ level: "info" });
    const onlyDefaulted = { type: "object", properties: { level: { type: "string", default: "info" } }, required: ["level"] };
    expect(invalidArgsFor(onlyDefaulted)).toEqual({ level: { not: "a string" } });
  });

  test("check on a browser_console_messages-shaped server: one schema warning, the invalid-arguments probe passes, no error", async () => {
    const { report } = await runCheck(bareSession(target), { callTools: false });
    const found = report.findings.filter((f) => f.rule === "tools/required-default");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", message: expect.stringContaining('"level" as required') });
    expect(report.probes.find((p) => p.id === "tool-invalid-arguments")).toMatchObject({
      status: "pass",
      message: expect.stringContaining('{"level":{"not":"a string"}}: result with isError'),
    });
    expect(report.summary.errors).toBe(0);
  }, 30_000);
});
