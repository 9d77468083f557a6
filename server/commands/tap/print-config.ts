import type { Io } from "../command";
import { UsageError } from "../usage-error";
import { HOSTS, hostEntry, hostOf } from "../../../lib/target/host-entry";
import type { TapArgs } from "./args";

/** The package as a host starts it: npx fetches it on a machine that has not installed it. */
const TAP = ["-y", "mcp-inspector-harness", "tap"];

/**
 * `tap --print-config HOST NAME -- COMMAND…`: the entry that puts the tap in front of the server,
 * in HOST's own format, on stdout (a person pastes it; where it goes is on stderr). No host file is read or written.
 */
export function printConfig(a: TapArgs, io: Io): number {
  const { host: asked, name } = a.printConfig!;
  const host = hostOf(asked);
  if (!host) throw new UsageError(`--print-config: unknown host "${asked}"; one of: ${HOSTS.join(", ")}`);
  if (!name.trim())
    throw new UsageError("--print-config: NAME is empty; give the server's name as the host will show it (weather, my-server)");
  const tapArgs = [
    ...TAP,
    ...(a.saveSession ? ["--save-session", a.saveSession] : []),
    ...a.watch.flatMap((w) => ["--watch", w]),
    ...(a.serverUrl ? ["--server-url", a.serverUrl] : []),
    ...(a.bearerEnv ? ["--bearer-env", a.bearerEnv] : []),
    ...(a.command ? ["--", a.command, ...a.args] : []),
  ];
  const entry = hostEntry(host, name, "npx", tapArgs);
  // stdout is the JSON alone (pipe it into a file or jq); where it goes is said on stderr.
  io.err(`Merge this into ${entry.file}${entry.command ? `, or run: ${entry.command}` : ""}\n`);
  io.out(`${JSON.stringify(entry.json, null, 2)}\n`);
  return 0;
}
