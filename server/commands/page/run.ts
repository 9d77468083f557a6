import type { RunContext } from "../command";
import type { PageArgs } from "./flags";
import type { PreparedPage } from "./prepare";
import type { Target } from "../../../lib/target/target";
import { openBrowser } from "../../launcher/open-browser";
import { ACCESS_TOKEN_LABEL, LaunchCodes, launchLink } from "../../launcher/launch-code";
import type { ListeningInspector } from "../../launcher/inspector";
import type { EngineCore } from "../../launcher/engine-core";
import { agentLines, agentTokenFile, type AgentTokenFile } from "../../launcher/agent-token";
import { staticPages } from "../../bridge/static-pages";
import { PAGE_DIR } from "../../paths";
import { newToken } from "../../bridge/security";
import { shellQuoted, visible } from "../../../lib/text/visible";
import type { SessionState } from "../../../lib/session/state";
import { asRecord, stringOr } from "../../../lib/json/shape";

/**
 * `npx inspector …`: start the backend, connect the target (when one is given), print the page
 * URL with a one-time launch code and the token on a line of its own, and open the browser. A target that fails to connect does not stop it: the
 * page is where a person debugs, so it shows the failure (with the server's stderr and exit
 * status) and they fix the command there and connect again. Resolves with the exit code once
 * the inspector stops.
 */
export async function runPage(
  { target, connect, answers, extraHostnames, openedSession, ports, early }: PreparedPage,
  { env, io, passedFlags }: RunContext,
  a: PageArgs,
): Promise<number> {
  const err = (s: string) => io.err(`inspector: ${s}`);
  const token = env.INSPECTOR_TOKEN || env.MCP_PROXY_AUTH_TOKEN || newToken();
  // The agent's own token: the person's INSPECTOR_AGENT_TOKEN, or a fresh one in a file only they
  // can read (agent-token.ts); never printed, so it reaches no agent's argv or config file.
  let agentToken: AgentTokenFile | undefined;
  // The browser we open gets a one-time code, never the token (see launch-code.ts).
  const launchCodes = new LaunchCodes({ token, warn: err, ownUid: process.getuid?.() });
  let inspector: ListeningInspector;
  let connecting: Promise<void> | undefined;
  const { PortInUse, listenInspector } = await import("../../launcher/inspector");
  // The engine's half loads while the page is already served; once the engine is there (before
  // the page's bridge loads), the standing answers go in and the connection starts, before
  // anything else can see the engine.
  // The page's socket module loads after the target's connect (or at the page's first socket, if sooner).
  let connectDone!: () => void;
  const loadSocketsAfter = new Promise<void>((resolve) => (connectDone = resolve));
  const onEngine = (running: EngineCore) => {
    running.engine.setAnswers(answers);
    // The command line's server is the person's: an agent on this session reads its rows as theirs.
    if (connect && target)
      connecting = running.person
        .connect(connect, { early })
        .then((state) => report(state, target!, io))
        .finally(connectDone);
    else connectDone();
  };
  try {
    inspector = await listenInspector({
      host: a.host,
      port: a.port,
      token,
      extraHostnames,
      pages: launchCodes.wrap(staticPages(PAGE_DIR)),
      openedSession,
      collectionsDir: a.collections,
      shareBase: a.shareBase,
      // Issue 92: another tab without pasting the token; each link's code works once, for a minute.
      newTabLink: () => launchLink("", launchCodes.issue()),
      // The page's server list: this file's servers (absent: the host configurations found).
      configFile: a.config,
      // The Chat tab's models (issue 40); their keys come from the environment or the page, never argv.
      models: a.models,
      modelBaseUrl: a.modelBaseUrl,
      sandboxPort: ports.sandbox,
      agentPort: ports.agent,
      agentToken: (agentToken = agentTokenFile(env)).token,
      loadSocketsAfter,
      onEngine,
    });
  } catch (e) {
    agentToken?.remove();
    early?.discard();
    if (e instanceof PortInUse) return (err(e.message), 1);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") return (err(`port ${a.port} is in use: pass --port N, or --port 0 for any free port`), 1);
    if (code === "EADDRNOTAVAIL") return (err(`cannot listen on ${a.host}: no such address here`), 1);
    throw e;
  }

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (early?.discard(), agentToken?.remove(), inspector.close()));
  let killNow = () => early?.discard();
  void inspector.ready.then((r) => (killNow = () => (early?.discard(), r.engine.killNow())));
  process.on("exit", () => (killNow(), agentToken?.remove()));
  // Handlers go in before anything is printed: a signal that arrives while the target starts,
  // or right after the URL appears (a test, a supervisor), must still stop the target.
  // A second signal forces the exit.
  let signals = 0;
  const stopped = new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (++signals > 1) {
        killNow();
        process.exit(130);
      }
      io.out(`\nStopping (${signal}); again to force…`);
      void stop().then(() => resolve(0));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });

  const opened = openedSession ? "session=opened" : "";
  if (openedSession)
    io.out(`Showing the recorded session (${openedSession.entries.length} entries); nothing runs until you press Reproduce and confirm.`);
  if (target?.transport === "stdio" && target.args.length) io.out(serverCommandLine(target, passedFlags));
  // The page is served before the engine is loaded and the target connected: it shows the
  // connection as it goes (and a failure, with the server's stderr), so the person sees something
  // at once. The printed URL holds a one-time code, not the token (issue 38 item 12): a browser
  // writes the URL it opens into its profile as it was opened (History, Session Restore, Favicons;
  // a #fragment and a redirect's first URL too, measured in Chromium), whatever replaceState does
  // after. The token has its own line, for another tab (the page asks for it) and for scripts.
  // The target's reaper first (a fork, under a millisecond): a kill -9 right after the URL appears
  // (a test, a supervisor) found it unwatched when the reaper came after (issue 76).
  early?.watch();
  io.out(
    `MCP Inspector is up at ${launchLink(inspector.url, launchCodes.issue({ printed: true }), opened)}\n` +
      `${ACCESS_TOKEN_LABEL}: ${token}`,
  );
  // For the person to paste: an agent on this page's session, its token in no line and no config.
  if (inspector.agentUrl && agentToken) for (const line of agentLines(inspector.agentUrl, agentToken)) io.out(line);
  if (a.openBrowser) openBrowser(launchLink(inspector.url, launchCodes.issue(), opened), env);
  await inspector.ready;
  await connecting;
  return stopped;
}

/** Say how the connection went, on the terminal as in the page. */
async function report(state: SessionState, target: Target, io: RunContext["io"]): Promise<void> {
  // lib/target/target.ts (zod's schemas) is the engine's and loaded by now: not on the way to the target's start.
  const { describeTarget } = await import("../../../lib/target/target");
  if (state.status === "connected") io.out(connectedLine(state, describeTarget(target)));
  else if (state.status === "failed") for (const line of failureLines(state, describeTarget(target))) io.err(line);
}

function serverCommandLine(target: Target & { transport: "stdio" }, passedFlags: readonly string[]): string {
  const passed = passedFlags.length
    ? ` (${passedFlags.join(" ")} went to the server: the inspector does not know ${passedFlags.length === 1 ? "it" : "them"}; its own flags are its own wherever they stand)`
    : "";
  return `Server command: ${[target.command, ...target.args].map((w) => shellQuoted(w)).join(" ")}${passed}`;
}

function connectedLine(state: SessionState, described: string): string {
  const info = asRecord(state.negotiated?.serverInfo);
  return `Connected to ${visible(stringOr(info.name) ?? "the server")}${typeof info.version === "string" && info.version ? ` ${visible(info.version)}` : ""} (protocol ${state.negotiated?.protocolVersion}) via ${described}`;
}

/** The whole failure on the terminal too: the message, the exit status and the server's last stderr lines. */
function failureLines(state: SessionState, described: string): string[] {
  const e = state.error;
  const lines = [`inspector: could not connect to ${visible(described)}: ${visible(e?.message ?? "unknown failure")}`];
  if (e?.kind === "exited") lines.push(`  exit status: ${e.signal ? `killed by ${e.signal}` : `code ${e.exitCode}`}`);
  for (const line of e?.stderrTail ?? []) if (line.trim()) lines.push(`  stderr: ${visible(line)}`);
  lines.push("  The page stays up and shows this: fix the command there and connect again.");
  return lines;
}
