import path from "node:path";
import { expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { FIXTURES } from "./helpers/targets";

// `check --call-tools --request-timeout MS`: the time a tool call may go without an answer or a
// progress notification is the one the person gave, not check's own 10 s. A tool whose work takes
// longer (the everything server's long-running operation takes 10 s by default) passed or failed
// by a hair while the flag was ignored. The fixture answers after 1 s with progress every 200 ms.
const SLOW = [process.execPath, path.join(FIXTURES, "slow.mjs")];

async function toolCall(flags: string[]) {
  let out = "";
  const code = await runCommandLine(
    ["check", "--call-tools", "--format", "json", ...flags, ...SLOW],
    {},
    {
      out: (s) => void (out += s + "\n"),
      err: () => undefined,
    },
  );
  const report = JSON.parse(out) as { probes: { id: string; status: string; message: string }[] };
  return { code, call: report.probes.find((p) => p.id === "tool-call/slow")! };
}

test("a gap between progress notifications longer than --request-timeout is a hang: the call fails, and says the limit given", async () => {
  const { code, call } = await toolCall(["--request-timeout", "120"]);
  expect(call.status).toBe("fail");
  expect(call.message).toContain("did not answer within 120 ms of its last progress");
  expect(code).toBe(1);
});

test("within --request-timeout between progress notifications, the 1-second call passes", async () => {
  const { call } = await toolCall(["--request-timeout", "2000"]);
  expect(call.status).toBe("pass");
});
