import type { RunContext } from "../command";
import type { PageArgs } from "./flags";
import { takeServerEnv } from "../shared/env-flags";
import { authFromFlags, timeoutsFromFlags } from "../shared/connect-settings";
import { resolveTarget } from "../shared/resolve-target";
import { UsageError } from "../usage-error";
import { followingPorts, type FollowingPort } from "../../launcher/ports";
import { PAGE_DIR, pageBuilt } from "../../paths";
import { isLoopbackHostname } from "../../bridge/security";
import type { ConnectSpecInput, Target } from "../../../lib/target/target";
import type { StandingAnswersPatch } from "../../../lib/answers/schema";
import type { SessionFile } from "../../../lib/session/file";
import { EarlyTarget, stdioLaunch } from "../../engine/spawn-target";

/** What the page command knows once its command line is known good, its stdio target already starting. */
export interface PreparedPage {
  target?: Target;
  connect?: ConnectSpecInput;
  answers: StandingAnswersPatch;
  extraHostnames: string[];
  openedSession?: SessionFile;
  ports: Record<FollowingPort, number>;
  early?: EarlyTarget;
}

/**
 * Everything the page command checks before it starts anything, then its stdio target: a flag's
 * error still exits (2; 1 for a missing page) before any process starts. Part of the command
 * line's front end, so the target starts before the command's run module and its imports load
 * (issue 49: the target's start-up is most of the way to "connected" with --demo).
 */
export async function preparePage(a: PageArgs, { env, io }: Pick<RunContext, "env" | "io">): Promise<PreparedPage | number> {
  const err = (s: string) => io.err(`inspector: ${s}`);
  let target: Target | undefined;
  let answers: StandingAnswersPatch = {};
  let connect: ConnectSpecInput | undefined;
  try {
    takeServerEnv(a, env, io.err);
    // A --config file of several servers and no --server: the page lists them (its server list) and connects none yet.
    target = a.config && !a.server && (await severalServers(a.config)) ? undefined : await resolveTarget(a, env);
    // Loaded only when asked for: the page path stays light, so its URL comes sooner.
    if (a.samplingFile || a.roots.length || a.elicitation) answers = (await import("../shared/answer-flags")).answersFromFlags(a);
    if (target)
      connect = {
        target,
        protocolEra: a.protocolEra ?? "auto",
        timeouts: timeoutsFromFlags(a),
        auth: { ...authFromFlags(a, env, true), redirectUri: a.callbackUrl },
      };
  } catch (e) {
    if (e instanceof UsageError) return (err(e.message), 2);
    throw e;
  }
  const extraHostnames = isLoopbackHostname(a.host) ? [] : [a.host];
  if (extraHostnames.length)
    err(
      `WARNING: listening on ${a.host}, not only on this machine's loopback. Anyone who can reach it and has the token can run commands here.`,
    );

  let openedSession: SessionFile | undefined;
  if (a.open) {
    const loaded = await (await import("../../record/session-loader")).loadSession(a.open, { links: true });
    if (!loaded.ok) return (err(`--open: ${loaded.message}`), 2);
    if ("note" in loaded && loaded.note) err(`--open: ${loaded.note}`);
    openedSession = loaded.session;
  }

  if (!pageBuilt(PAGE_DIR))
    return (
      err(
        `the page is missing from ${PAGE_DIR}: this install is incomplete; reinstall the package (in a clone of the source: npm run build)`,
      ),
      1
    );
  let ports;
  try {
    ports = followingPorts(a.port, { sandbox: a.sandboxPort, agent: a.agentPort }, env);
  } catch (e) {
    return (err((e as Error).message), 2);
  }
  // The engine adopts this process when it connects, and kills it if it does not (spawn-target.ts).
  // Its reaper's fork waits until the URL is about to be printed (issue 63: first paint): runPage
  // calls early.watch() right before it prints.
  const early = target?.transport === "stdio" ? new EarlyTarget(stdioLaunch(target), { reaper: "when-asked" }) : undefined;
  return { target, connect, answers, extraHostnames, openedSession, ports, early };
}

/** True when the --config file parses and names more than one server (else resolveTarget says what is wrong). */
async function severalServers(file: string): Promise<boolean> {
  const [{ readFileSync }, { asRecord }] = await Promise.all([import("node:fs"), import("../../../lib/json/shape")]);
  try {
    const json = asRecord(JSON.parse(readFileSync(file, "utf8")));
    return Object.keys(asRecord(json.mcpServers ?? json.servers)).length > 1;
  } catch {
    return false;
  }
}
