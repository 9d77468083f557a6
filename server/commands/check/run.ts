import type { RunContext } from "../command";
import { headlessSession } from "../shared/headless-session";
import { loginOpener } from "../shared/login-opener";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson, progressLine } from "../shared/terminal";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunSession } from "../shared/save-run-session";
import { runCheck } from "../../check/run-check";
import { formatJson, formatJunit, formatText } from "../../check/format";
import { exitCodeOf } from "../../check/result";
import type { CheckArgs } from "./flags";
import { checkConfigServers, oneServerIn } from "./config-servers";

export async function runCheckCommand(a: CheckArgs, { env, io }: RunContext): Promise<number> {
  takeServerEnv(a, env, io.err);
  // A host's file with no --server: every server in it, in the host's terms (issue 65). A file of
  // exactly one mcpServers entry is that server's full check, as before.
  if (a.config && !a.server && !oneServerIn(a.config, env)) return checkConfigServers(a.config, env, io);
  const target = (await resolveTarget(a, env))!;
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  const line = progressLine();
  const session = headlessSession(a, target, env, { advertiseApps: a.advertiseApps, interactive: hasPerson(), onLogin: loginOpener(env) });
  const { report, record, state } = await runCheck(session, { callTools: a.callTools, progress: line.progress });
  line.done();
  if (a.saveSession) saveRunSession(a.saveSession, { target, state, entries: record.since(0) }, io.err);
  const format = { text: formatText, json: formatJson, junit: formatJunit }[a.format];
  io.out(format(report).replace(/\n$/, ""));
  // The text report already says it on stdout; json and junit readers get it on stderr too.
  if (!report.connected && a.format !== "text") io.err(`inspector: could not connect: ${report.connectError}`);
  return exitCodeOf(report, a.failOn);
}
