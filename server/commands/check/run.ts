import type { RunContext } from "../command";
import { UsageError } from "../usage-error";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { askOnTerminal, hasPerson } from "../shared/terminal";
import { maskKnown } from "../../check/mask-known";
import type { Target } from "../../../lib/target/target";
import type { CheckArgs } from "./flags";
import { checkConfigServers } from "./config-servers";
import { checkEachServer } from "./each-server";
import { checkTarget, withFlags } from "./check-target";
import { consentToStart } from "./consent";
import { readHostFile } from "./read-config";
import type { Host } from "../../../lib/target/host-entry";

export async function runCheckCommand(a: CheckArgs, { env, io }: RunContext): Promise<number> {
  takeServerEnv(a, env, io.err);
  const consent = { yes: a.yes, ...(hasPerson() ? { ask: askOnTerminal } : {}) };
  let target: Target;
  let filled: readonly string[] = [];
  /** The host whose file it is, and the folder it would open: check declares what that host does. */
  let host: { host: Host; workspace: string } | undefined;
  if (a.config) {
    // A host's file, read as that host reads it (issue 71). With no --server, a file of several
    // servers is checked whole, in the host's terms (issue 65); one server, or --server NAME, gets
    // the full check.
    const read = readHostFile(a.config, env, a.host);
    const one = a.server ? read.servers.find((s) => s.name === a.server) : read.servers.length === 1 ? read.servers[0] : undefined;
    if (a.server && !one)
      throw new UsageError(`server "${a.server}" is not in ${a.config} (it has: ${read.servers.map((s) => s.name).join(", ") || "none"})`);
    // --server NAME is checked even when the host would not start it (you named it); one that cannot start says why.
    if (a.server && one && !one.ok) throw new UsageError(maskKnown(undefined, one.filled)(one.message));
    if (a.each && !a.server) return checkEachServer(read, a, env, io, consent);
    if (!one || !one.ok || (!one.enabled && !a.server)) return checkConfigServers(a.config, env, io, { ...consent, read });
    await consentToStart(read, [one], io, consent);
    target = withFlags(one, a, a.config);
    filled = one.filled;
    host = { host: read.host, workspace: read.workspace ?? process.cwd() };
    if (one.protocolEra && !a.protocolEra) a.protocolEra = one.protocolEra;
  } else target = (await resolveTarget(a, env))!;
  return checkTarget(a, target, filled, host, env, io);
}
