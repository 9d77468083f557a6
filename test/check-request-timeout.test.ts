import path from "node:path";
import { expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { FIXTURES } from "./helpers/targets";

// `check --call-tools --request-timeout MS`: the time a tool call may go without an answer or a
// progress notification is the one the person gave, not check's own 10 s. A tool whose work takes
// longer (the everything server's long-running operation takes 10 s by default) passed or failed
// by a hair while the flag was ignored. The fixture's call sends evenly spaced progress, then its
// answer. The limit is 2 s, not less: it holds for every request, the start's initialize too, and
// a fixture's start on a busy machine took more than the 120 ms this test once gave (a full run
// failed with no tool-call probe in the report at all).
const SLOW = [process.execPath, path.join(FIXTURES, "slow.mjs")];
const LIMIT_MS = "2000";

async function toolCall(flags: string[], fixture: string[]) {
  let out = "";
  const code = await runCommandLine(
    ["check", "--call-tools", "--format", "json", ...flags, ...SLOW, ...fixture],
    {},
    {
      out: (s) => void (out += s + "\n"),
      err: () => undefined,
    },
  );
  const report = JSON.parse(out) as { probes: { id: string; status: string; message: string }[] };
  const call = report.probes.find((p) => p.id === "tool-call/slow");
  if (!call) throw new Error(`no tool-call probe in check's report: ${JSON.stringify(report.probes.filter((p) => p.status !== "pass"))}`);
  return { code, call };
}

test("a gap between progress notifications longer than --request-timeout is a hang: the call fails, and says the limit given", async () => {
  // Progress every 3 s (a 9-second call, two steps), against 2 s.
  const { code, call } = await toolCall(["--request-timeout", LIMIT_MS], ["--ms", "9000", "--steps", "2"]);
  expect(call.status).toBe("fail");
  expect(call.message).toContain("did not answer within 2 s of its last progress");
  expect(code).toBe(1);
});

test("a call longer than --request-timeout passes while its progress notifications come within it", async () => {
  // Progress every 0.5 s over a 5-second call, against 2 s: only the gaps are judged.
  const { call } = await toolCall(["--request-timeout", LIMIT_MS], ["--ms", "5000", "--steps", "9"]);
  expect(call.status).toBe("pass");
});
