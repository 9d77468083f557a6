import { createInterface } from "node:readline/promises";
import { HELP, UsageError, parseLauncherArgs, type LauncherArgs } from "../cli/args";
import { answersFromFlags, cliOptions, envFromFlags, headlessSession, replayOptions } from "../cli/headless-from-flags";
import { runMock } from "../mock/run-mock";
import { runDiff } from "../diff/run-diff";
import type { Io } from "../harness/headless";
import type { Target } from "../../lib/target/target";
import { resolveTarget } from "../cli/resolve-target";
import { openBrowser, openRefusal } from "./open-browser";
import { LAUNCH_PARAM, LaunchCodes } from "./launch-code";
import { startInspector } from "../inspector";
import { staticPages, pageBuilt } from "../bridge/static-pages";
import { PAGE_DIR, VERSION } from "../paths";
import { isLoopbackHostname, newToken } from "../bridge/security";
import { visible } from "../../lib/text/visible";
import { describeTarget } from "../../lib/target/target";
import { runCli } from "../harness/run-cli";
import { runReplay } from "../harness/run-replay";
import { runCheck } from "../harness/check/run-check";
import { formatJson, formatJunit, formatText } from "../harness/check/format";
import { exitCodeOf } from "../harness/check/result";
import { loadSessionArg } from "../cli/load-session";
import type { SessionFile } from "../../lib/session/file";

/**
 * `npx inspector …`: parse flags, start the backend, connect the target (when one is given),
 * print the page URL with its token. Resolves with the exit code once the inspector stops.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // A closed pipe (e.g. `inspector … | head`) must not turn into an uncaught EPIPE.
  process.stdout.on("error", () => undefined);
  const out = (s: string) => process.stdout.write(s + "\n");
  const err = (s: string) => process.stderr.write(`inspector: ${s}\n`);
  const io = { out, err: (s: string) => process.stderr.write(s + "\n") };
  let args;
  let target;
  let answers;
  try {
    args = parseLauncherArgs(argv);
    if (args.help) return out(HELP), 0;
    if (args.version) return out(VERSION), 0;
    // --env-file and --pass-env values join -e's here, for every mode that starts a server.
    const picked = envFromFlags(args, env);
    args.env = picked.env;
    for (const name of picked.missing) err(`--pass-env ${name}: not set in the inspector's environment, not passed`);
    target = resolveTarget(args, env);
    answers = answersFromFlags(args);
  } catch (e) {
    // --cli is the official CLI's contract: a usage error is 1 there; 2 elsewhere, as before.
    if (e instanceof UsageError) return err(e.message), argv.includes("--cli") ? 1 : 2;
    throw e;
  }

  switch (args.mode) {
    case "cli":
      if (!target) return err("--cli needs a target"), 1;
      return runCli(cliOptions(args, target, loginOpener(env)), io);
    case "check":
      return runCheckMode(args, target, err);
    case "replay":
      return runReplayMode(args, env, io);
    case "mock":
      return runMockMode(args, io);
    case "diff":
      return runDiff({ a: args.sides[0], b: args.sides[1], format: args.format, failOn: args.failOn, env: args.env, headers: args.headers }, io);
  }

  const extraHostnames = isLoopbackHostname(args.host) ? [] : [args.host];
  if (extraHostnames.length) err(`WARNING: listening on ${args.host}, not only on this machine's loopback. Anyone who can reach it and has the token can run commands here.`);

  let openedSession: SessionFile | undefined;
  if (args.open) {
    const loaded = await loadSessionArg(args.open);
    if (!loaded.ok) return err(loaded.message), 2;
    openedSession = loaded.session;
  }

  if (!pageBuilt(PAGE_DIR)) return err(`the page is missing from ${PAGE_DIR}: this install is incomplete; reinstall the package (in a clone of the source: npm run build)`), 1;
  const token = env.INSPECTOR_TOKEN || env.MCP_PROXY_AUTH_TOKEN || newToken();
  // The browser we open gets a one-time code, never the token (see launch-code.ts).
  const launchCodes = new LaunchCodes({ token, warn: err, ownUid: process.getuid?.() });
  let inspector;
  try {
    inspector = await startInspector({ host: args.host, port: args.port, token, extraHostnames, pages: launchCodes.wrap(staticPages(PAGE_DIR)), openedSession });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") return err(`port ${args.port} is in use: pass --port N, or --port 0 for any free port`), 1;
    if (code === "EADDRNOTAVAIL") return err(`cannot listen on ${args.host}: no such address here`), 1;
    throw e;
  }

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= inspector.close());
  process.on("exit", () => inspector.engine.killNow());
  // Handlers go in before anything is printed: a signal that arrives while the target starts,
  // or right after the URL appears (a test, a supervisor), must still stop the target.
  // A second signal forces the exit.
  let signals = 0;
  const stopped = new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (++signals > 1) {
        inspector.engine.killNow();
        process.exit(130);
      }
      out(`\nStopping (${signal}); again to force…`);
      void stop().then(() => resolve(0));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });

  inspector.engine.setAnswers(answers);
  if (target) {
    const session = headlessSession(args, target);
    const state = await inspector.engine.connect({ target, protocolEra: session.protocolEra, timeouts: session.timeouts, auth: { ...session.auth!, redirectUri: args.callbackUrl } });
    if (stopping) return stopped;
    if (state.status !== "connected") {
      err(state.error?.message ?? `could not connect to ${describeTarget(target)}`);
      const tail = state.error?.stderrTail ?? [];
      if (tail.length && state.error?.kind !== "exited") for (const line of tail.slice(-5)) process.stderr.write(`  stderr: ${line}\n`);
      await stop();
      return 1;
    }
    const info = state.negotiated?.serverInfo as { name?: string; version?: string } | undefined;
    out(`Connected to ${info?.name ?? "the server"}${info?.version ? ` ${info.version}` : ""} (protocol ${state.negotiated?.protocolVersion}) via ${describeTarget(target)}`);
  }
  const opened = openedSession ? "&session=opened" : "";
  if (openedSession) out(`Showing the recorded session (${openedSession.entries.length} entries); nothing runs until you press Reproduce and confirm.`);
  // The printed URL keeps the token: the person's own terminal, not a process's argv.
  out(`MCP Inspector is up at ${inspector.pageUrl}${opened}`);
  if (args.openBrowser) openBrowser(`${inspector.url}/?${LAUNCH_PARAM}=${launchCodes.issue()}${opened}`, env);

  return stopped;
}

async function runCheckMode(args: LauncherArgs, target: Target | undefined, err: (s: string) => void): Promise<number> {
  if (!target) return err("check needs a target: a command, --server-url, --config or --demo"), 2;
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[2K${line}…`) : undefined;
  const { report } = await runCheck(headlessSession(args, target, loginOpener(process.env)), { callTools: args.callTools, progress });
  if (progress) process.stderr.write("\r\x1b[2K");
  const format = { text: formatText, json: formatJson, junit: formatJunit }[args.format];
  process.stdout.write(format(report));
  // The text report already says it on stdout; json and junit readers get it on stderr too.
  if (!report.connected && args.format !== "text") err(`could not connect: ${report.connectError}`);
  return exitCodeOf(report);
}

async function runReplayMode(args: LauncherArgs, env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`\r\x1b[2K${line}…`) : undefined;
  const terminal = process.stdin.isTTY === true && process.stderr.isTTY === true;
  try {
    return await runReplay(replayOptions(args, { progress, confirm: terminal ? askOnTerminal : undefined }), env, io);
  } catch (e) {
    // An error is not a changed response: 2, never the 1 a CI job reads as "changed".
    io.err(`inspector: replay failed: ${(e as Error).message}`);
    return 2;
  } finally {
    if (progress) process.stderr.write("\r\x1b[2K");
  }
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** The recording plays the server until the client goes or a signal comes; the summary goes to stderr. */
async function runMockMode(args: LauncherArgs, io: Io): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await runMock({ sessionFile: args.sessionFile!, port: args.portGiven ? args.port : undefined, ignore: args.ignore, strict: args.strict, answerTimeoutMs: args.answerTimeoutMs, signal: stop.signal }, io);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/**
 * A headless login: the URL on stderr (it is the person's to open) and in the browser. The URL
 * comes from the authorization server's metadata: anything but http(s) is refused, not opened.
 */
function loginOpener(env: NodeJS.ProcessEnv): (url: string) => void {
  return (url) => {
    const refusal = openRefusal(url);
    if (refusal) return void process.stderr.write(`inspector: the server wants you to log in, but its login URL ${visible(url)} was not opened: ${refusal}\n`);
    process.stderr.write(`inspector: the server wants you to log in: ${visible(url)}\n`);
    openBrowser(url, env);
  };
}
