import { runCheck } from "../check/run-check";
import { offeredFor, standingAnswersOf } from "./server-requests";
import { resolveTarget } from "./target";
import type { CheckReport, McpCheckOptions, TargetInput } from "./types";

/**
 * The `check` command's report as data: connect, list everything, probe what every server must
 * do (with `callTools`, call each tool with sample arguments), lint the whole record. Never
 * throws for the server's faults: a server that cannot be reached is `connected: false` with
 * `connectError`.
 */
export async function check(target: TargetInput, options: McpCheckOptions = {}): Promise<CheckReport> {
  const resolved = await resolveTarget(target);
  const { report } = await runCheck(
    {
      target: resolved.target,
      answers: standingAnswersOf(options.answers),
      capabilities: offeredFor(options.answers),
      timeouts: {},
      protocolEra: options.protocolEra ?? resolved.protocolEra ?? "auto",
      auth: { mode: "off" },
    },
    { callTools: options.callTools === true, ...(resolved.transports ? { engine: { transports: resolved.transports } } : {}) },
  );
  return report;
}
