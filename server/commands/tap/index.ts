import type { Command, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { envName, httpUrl, loopbackUrl, millis, port } from "../values";
import { ownFlagsPassed } from "../parse";
import { visible } from "../../../lib/text/visible";
import { pageOf, type TapArgs } from "./args";
import type { StdioTapRun } from "../../tap/run-stdio";

export type { TapArgs } from "./args";

const TAP_FLAGS: FlagGroup<TapArgs> = {
  title: "tap",
  flags: [
    {
      names: ["--save-session"],
      value: "FILE",
      help: "write the host's session (redacted) to FILE when the host disconnects",
      set: (a, v) => (a.saveSession = v),
    },
    {
      names: ["--html"],
      value: "FILE",
      help: "write the host's session (redacted) as a page file to FILE when the host disconnects: it opens from disk in any browser with nothing running",
      set: (a, v) => (a.html = v),
    },
    {
      names: ["--watch"],
      value: "PATH",
      help: "restart the server under the host when PATH changes (repeatable; also: kill -USR2 the tap); with --server-url, the command the tap starts",
      set: (a, v) => a.watch.push(v),
    },
    {
      names: ["--restart-timeout"],
      value: "MS",
      help: "how long a restarted server gets to answer the host's initialize before the restart fails and the requests held meanwhile get an error (default 10000); with --server-url, to answer again (default 30000)",
      set: (a, v) => (a.restartTimeout = positive(millis(v, "--restart-timeout"))),
    },
    {
      names: ["--server-url"],
      value: "URL",
      help: "forward to this Streamable HTTP server instead of spawning a command",
      set: (a, v) => (a.serverUrl = httpUrl(v, "--server-url")),
    },
    {
      names: ["--listen"],
      value: "PORT",
      help: "with --server-url: serve the host http://127.0.0.1:PORT/mcp (0: any free port) instead of stdio",
      set: (a, v) => (a.listen = port(v)),
    },
    {
      names: ["--bearer-env"],
      value: "NAME",
      help: "with --server-url: send the token in this environment variable as Authorization: Bearer",
      set: (a, v) => (a.bearerEnv = envName(v, "--bearer-env")),
    },
    {
      names: ["--port"],
      value: "PORT",
      help: "the live page's port on 127.0.0.1 (default 0: a free one); its URL is in the start line",
      set: (a, v) => (a.port = port(v)),
    },
    {
      names: ["--no-page"],
      help: "serve no live page (forward and record only)",
      set: (a) => (a.noPage = true),
    },
    {
      names: ["--no-hub"],
      help: "a live page of its own, not shared with your other taps (by default the first tap serves one page and later ones join it)",
      set: (a) => (a.noHub = true),
    },
    {
      names: ["--callback-url"],
      value: "URL",
      help: "with --server-url over stdio: the OAuth login's loopback callback (default: a free port)",
      set: (a, v) => (a.callbackUrl = loopbackUrl(v, "--callback-url")),
    },
    {
      names: ["--print-config"],
      value: "HOST",
      help: "print the entry to paste into HOST's configuration (claude-desktop, claude-code, cursor, vscode, kiro, kimi, gemini, codex, opencode, copilot, cline, qwen) for the server NAME (the next word); writes no file",
      set: (a, v) => (a.printConfig = { host: v, name: "" }),
    },
  ],
};

export const tapCommand: Command<TapArgs> = {
  name: "tap",
  usage:
    "Usage: inspector tap [--save-session FILE] [--watch PATH]... -- COMMAND [ARGS...]\n" +
    "       inspector tap --server-url URL [--listen PORT] [--bearer-env NAME] [--callback-url URL]\n" +
    "       inspector tap --server-url URL --listen PORT [--watch PATH]... -- COMMAND [ARGS...]\n" +
    "       inspector tap --print-config HOST NAME -- COMMAND [ARGS...]\n" +
    "Put it in a host's configuration in place of the server's own command: every byte passes unchanged, a copy is recorded.",
  summary: "sit between a host and its server: forward every byte, record a copy, restart under the host",
  groups: [TAP_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  // `tap node server.js --stdio`: the command may come without `--` (the official inspector's CLI
  // and Qwen Code's `qwen mcp add` drop it), and after it every word is the server's, a tap flag
  // too (issue 90 point 6): `tap server --port 21050 --save-session X` gives both to the server.
  takesTarget: true,
  operandsBeforeTarget: (a) => (a.printConfig ? 1 : 0),
  empty: () => ({ args: [], watch: [], help: false, version: false }),
  operands: (a, words) => {
    let rest = words;
    if (a.printConfig && !a.printConfig.name) {
      if (!rest.length)
        throw new UsageError("--print-config needs HOST and NAME: inspector tap --print-config cursor my-server -- node server.js");
      a.printConfig.name = rest[0];
      rest = rest.slice(1);
    }
    [a.command, ...a.args] = rest;
  },
  validate: (a) => {
    if (a.serverUrl && a.command && a.listen === undefined)
      throw new UsageError(
        "tap forwards to a command or to --server-url, not both (with --listen, a command after -- is the HTTP server the tap starts and restarts)",
      );
    if (a.serverUrl && a.watch.length && !a.command)
      throw new UsageError("--watch restarts a server the tap starts: give the HTTP server's command after -- (with --listen)");
    if (!a.serverUrl && !a.command) throw new UsageError("tap needs the server's command after --, or --server-url URL");
    if (a.listen !== undefined && !a.serverUrl)
      throw new UsageError("--listen serves a --server-url to the host over HTTP: give --server-url too");
    // Over stdio to an HTTP server (no --listen) the tap follows no restart: there is nothing to time.
    if (a.restartTimeout !== undefined && a.serverUrl && a.listen === undefined)
      throw new UsageError("--restart-timeout with --server-url is for --listen (the tap follows an HTTP server's restart only there)");
    if (a.bearerEnv && !a.serverUrl) throw new UsageError("--bearer-env is for --server-url");
    if (a.noPage && a.port !== undefined) throw new UsageError("--port is the live page's: not with --no-page");
    if (a.noPage && a.noHub) throw new UsageError("--no-hub is the live page's: not with --no-page");
    if (a.callbackUrl && (!a.serverUrl || a.listen !== undefined || a.bearerEnv))
      throw new UsageError("--callback-url is for the OAuth login of --server-url over stdio (without --listen or --bearer-env)");
  },
  run: runTapCommand,
  helpFooter: [
    "Exit codes",
    "  the server's own exit code; 0 when the host disconnected first; 2 bad flags; 127 the command cannot start",
    "",
    "The server gets the environment the host gave the tap, whole (unlike the other commands' allow-list).",
    "",
  ],
};

/** A flag the tap would have read, had it come before the server's command (said first, on stderr: the host's log). */
export function lateFlagsLine(passedFlags: readonly string[]): string | undefined {
  const ours = ownFlagsPassed(tapCommand, passedFlags);
  if (!ours.length) return undefined;
  return `mcp-inspector-harness tap: ${ours.map(visible).join(", ")} came after the server's command, so ${ours.length === 1 ? "it goes" : "they go"} to the server, not the tap (put the tap's flags before the command)`;
}

/** The stdio tap's run, from its command line (with --server-url and --print-config the tap is another run). */
export function stdioRunOf(a: TapArgs, env: NodeJS.ProcessEnv): StdioTapRun {
  return {
    command: a.command!,
    args: a.args,
    env,
    saveSession: a.saveSession,
    html: a.html,
    watch: a.watch,
    restartTimeoutMs: a.restartTimeout,
    page: pageOf(a),
    // A host waits for its server's first answer: the tap's own modules load after it.
    spawnFirst: true,
  };
}

async function runTapCommand(a: TapArgs, { io, env, passedFlags }: RunContext): Promise<number> {
  const late = lateFlagsLine(passedFlags);
  if (late) io.err(late);
  if (a.printConfig) {
    const { printConfig } = await import("./print-config");
    return printConfig(a, io);
  }
  if (a.serverUrl) {
    const { runHttpTapCommand } = await import("./http");
    return runHttpTapCommand(a, io, env);
  }
  const { runStdioTap } = await import("../../tap/run-stdio");
  return runStdioTap(stdioRunOf(a, env));
}

/** A time limit of 0 would fail every restart before the server could start. */
function positive(ms: number): number {
  if (ms === 0) throw new UsageError("--restart-timeout must be more than 0 ms");
  return ms;
}
