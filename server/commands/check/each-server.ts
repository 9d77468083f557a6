import type { Io } from "../command";
import { mapAtMost } from "../shared/map-at-most";
import type { HostServer } from "../../../lib/target/host-config";
import { visible } from "../../../lib/text/visible";
import { maskKnown } from "../../check/mask-known";
import type { CheckArgs } from "./flags";
import { consentToStart, type Consent } from "./consent";
import type { ReadConfig } from "./read-config";
import { checkTarget, withFlags } from "./check-target";

/** Servers checked at once: each may spawn a process, and a hung tool holds its check for the request timeout. */
const AT_ONCE = 4;

interface Checked {
  /** The report as `check` of this one server prints it (empty when it was not started). */
  out: string[];
  err: string[];
  code: number;
  line: string;
}

/**
 * `check --config FILE --each`: the full check of every server of the file in one run (a CI job
 * over a project's servers starts the inspector once, not once a server). Each report in the
 * file's order under a `== NAME` line, then one verdict line a server; the exit code is the
 * highest of theirs (1 failed, 3 authorization, 4 unreachable), 0 when every one passed.
 */
export async function checkEachServer(read: ReadConfig, a: CheckArgs, env: NodeJS.ProcessEnv, io: Io, consent: Consent): Promise<number> {
  const { servers } = read;
  await consentToStart(
    read,
    servers.filter((s) => s.enabled && s.ok),
    io,
    consent,
  );
  const done = await mapAtMost(servers, AT_ONCE, (s) => checkOne(s, read, a, env));
  servers.forEach((s, i) => {
    if (!done[i].out.length) return;
    io.out(`== ${visible(s.name)}`);
    done[i].out.forEach((l) => io.out(l));
    io.out("");
  });
  for (const d of done) d.err.forEach((l) => io.err(l));
  io.out(`${visible(a.config!)} (${read.host}): ${servers.length} server(s)`);
  for (const d of done) io.out(d.line);
  return Math.max(0, ...done.map((d) => d.code));
}

async function checkOne(s: HostServer, read: ReadConfig, a: CheckArgs, env: NodeJS.ProcessEnv): Promise<Checked> {
  const name = visible(s.name);
  if (!s.enabled) return { out: [], err: [], code: 0, line: `skip ${name}: ${s.skipped}` };
  // The host asks the person for an input when it starts the server: not a failure of the file.
  if (s.needsInput !== undefined)
    return { out: [], err: [], code: 0, line: `input ${name}: ${visible(maskKnown(undefined, s.filled)(s.ok ? "" : s.message))}` };
  if (!s.ok) return { out: [], err: [], code: 1, line: `FAIL ${name}: ${visible(maskKnown(undefined, s.filled)(s.message))}` };
  const out: string[] = [];
  const err: string[] = [];
  // Each server its own copy of the flags: its own era when the file names one and the command line does not.
  const own: CheckArgs = { ...a, protocolEra: a.protocolEra ?? s.protocolEra };
  const code = await checkTarget(
    own,
    withFlags(s, own, a.config!),
    s.filled,
    { host: read.host, workspace: read.workspace ?? process.cwd() },
    env,
    { out: (t) => out.push(t), err: (t) => err.push(`${name}: ${t}`) },
  );
  return { out, err, code, line: `${code === 0 ? "ok  " : "FAIL"} ${name}: exit ${code}` };
}
