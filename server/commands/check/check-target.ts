import path from "node:path";
import type { Io } from "../command";
import { headlessSession } from "../shared/headless-session";
import { loginOpener } from "../shared/login-opener";
import { hasPerson, progressLine } from "../shared/terminal";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunPage, saveRunSession } from "../shared/save-run-session";
import { faultLines } from "../shared/fault-lines";
import { runCheck } from "../../check/run-check";
import { timeoutsFromFlags } from "../shared/connect-settings";
import { maskKnown, maskStrings } from "../../check/mask-known";
import { formatJson, formatJunit, formatText } from "../../check/format";
import { exitCodeOf } from "../../check/result";
import { checkVerdicts } from "../../check/verdicts";
import { checkSummary } from "../../check/summary";
import { appendStepSummary } from "../shared/step-summary";
import type { Target } from "../../../lib/target/target";
import type { HostServer } from "../../../lib/target/host-config";
import type { Host } from "../../../lib/target/host-entry";
import type { CheckArgs } from "./flags";
import { asHost, declaredNames } from "./as-host";

/**
 * The full check of one target, its report on `io.out`, its exit code returned: what `check`
 * does for a command, a URL or one server of a host's file, and for each server under --each.
 */
export async function checkTarget(
  a: CheckArgs,
  target: Target,
  filled: readonly string[],
  host: { host: Host; workspace: string } | undefined,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  if (a.html) checkSaveSessionPath(a.html, "--html");
  const line = progressLine();
  const plain = headlessSession(a, target, env, { advertiseApps: a.advertiseApps, interactive: hasPerson(), onLogin: loginOpener(env) });
  const { session, as } = host ? asHost(plain, host.host, host.workspace, a) : { session: plain, as: undefined };
  const faults = faultLines((l) => (line.done(), io.err(l)));
  session.onFault = faults.onFault;
  // --request-timeout, as the session's other requests read it (0: no limit).
  const run = await runCheck(session, { callTools: a.callTools, toolCallMs: timeoutsFromFlags(a).requestMs, progress: line.progress });
  line.done();
  faults.end();
  const { record, state } = run;
  // Which capabilities check declared: what a server offers depends on them (issue 90 item 8).
  const told = { ...run.report, client: { capabilities: declaredNames(session.capabilities), ...(as ? { as } : {}) } };
  // Values the host's file filled from the environment are masked as its env values are.
  const report = filled.length ? maskStrings(told, maskKnown(target, filled)) : told;
  // The recording carries each probe's and finding's verdict, failing or not under --fail-on.
  const entries = record.since(0);
  const snapshot = { target, state, entries, verdicts: checkVerdicts(report, entries, a.failOn) };
  if (a.saveSession) saveRunSession(a.saveSession, snapshot, io.err, false, filled);
  if (a.html) await saveRunPage(a.html, snapshot, io.err, false, filled);
  const format = { text: formatText, json: formatJson, junit: (r: typeof report) => formatJunit(r, a.failOn, a.saveSession ?? a.html) }[
    a.format
  ];
  io.out(format(report).replace(/\n$/, ""));
  if (env.GITHUB_STEP_SUMMARY)
    appendStepSummary(
      env.GITHUB_STEP_SUMMARY,
      checkSummary(report, { failOn: a.failOn, target, recording: a.saveSession ?? a.html }),
      io.err,
    );
  // On stderr too, whatever the format: no failed run ends without a line there (issue 91).
  if (!report.connected) io.err(`inspector: could not connect: ${report.connectError}`);
  return exitCodeOf(report, a.failOn);
}

/** The file's server with the command line's additions: flags add env, headers and args; a relative cwd is the file's folder's. */
export function withFlags(s: HostServer & { ok: true }, a: CheckArgs, file: string): Target {
  const t = s.target;
  if (t.transport !== "stdio") return { ...t, headers: { ...t.headers, ...a.headers } };
  return {
    ...t,
    env: { ...t.env, ...a.env },
    args: [...t.args, ...a.args],
    cwd: a.cwd ?? (t.cwd ? path.resolve(path.dirname(file), t.cwd) : undefined),
  };
}
