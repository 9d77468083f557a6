/** The command line: which command a line is, its flags, its run. The backend bundle's entry (dist/inspector.mjs, loaded by bin/inspector.mjs). */
import type { Command, CommonArgs, Io } from "./command";
import { renderHelp } from "./flag-spec";
import { flagTable, parseCommand, type OtherFlags } from "./parse";
import { UsageError } from "./usage-error";
import { VERSION } from "../paths";
import { pageCommand } from "./page";
import { cliCommand } from "./cli";
import { checkCommand } from "./check";
import { replayCommand } from "./replay";
import { mockCommand } from "./mock";
import { diffCommand } from "./diff";
import { loadCommand } from "./load";
import { testCommand } from "./test";
import { mcpCommand } from "./mcp";
import { agentHelpCommand } from "./agent-help";
import { exportCommand } from "./export";
import { loadCheckCommand } from "./load-check";
import { tapCommand } from "./tap";
import { terminalSafe } from "./safe-io";

const SUBCOMMANDS = {
  check: checkCommand,
  replay: replayCommand,
  mock: mockCommand,
  diff: diffCommand,
  mcp: mcpCommand,
  "agent-help": agentHelpCommand,
  test: testCommand,
  export: exportCommand,
  "load-check": loadCheckCommand,
  tap: tapCommand,
} as const;
const COMMANDS: readonly Command<CommonArgs>[] = [
  pageCommand,
  cliCommand,
  loadCommand,
  checkCommand,
  replayCommand,
  mockCommand,
  diffCommand,
  mcpCommand,
  agentHelpCommand,
  testCommand,
  exportCommand,
  loadCheckCommand,
  tapCommand,
] as unknown as Command<CommonArgs>[];

/** Which command a command line is: a subcommand word first, `--cli` anywhere before `--`, else the page. */
export function commandOf(argv: readonly string[]): { command: Command<CommonArgs>; rest: readonly string[] } {
  const sub = SUBCOMMANDS[argv[0] as keyof typeof SUBCOMMANDS] as Command<CommonArgs> | undefined;
  if (sub) return { command: sub, rest: argv.slice(1) };
  const end = argv.indexOf("--");
  const ours = end === -1 ? argv : argv.slice(0, end);
  const cli = ours.includes("--cli");
  // `--cli … --load` is the load command; a --load-* flag alone picks it too, to say it needs --load.
  const load = cli && ours.some((w) => w === "--load" || w.startsWith("--load-"));
  return { command: (load ? loadCommand : cli ? cliCommand : pageCommand) as unknown as Command<CommonArgs>, rest: argv };
}

/** For "--update needs replay": which commands take each flag, named as a person types them. */
function otherFlags(except: Command<CommonArgs>): OtherFlags {
  const owners: OtherFlags = new Map();
  for (const c of COMMANDS) {
    if (c === except) continue;
    const label = c.name === "page" ? "the page" : c.name === "cli" ? "--cli" : c.name;
    for (const name of flagTable(c.groups).keys())
      if (!owners.get(name)?.includes(label)) owners.set(name, [...(owners.get(name) ?? []), label]);
  }
  return owners;
}

export const allFlags = (): string[] => COMMANDS.flatMap((c) => [...flagTable(c.groups).keys()]);

export function helpOf(command: Command<CommonArgs>): string {
  return renderHelp(command.usage, command.groups, command.helpFooter);
}

/**
 * `npx inspector …`: pick the command, parse its flags with its table, run it. Resolves with
 * the exit code.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // A closed pipe (e.g. `inspector … | head`) must not turn into an uncaught EPIPE; nor a closed
  // stderr (a host that quits closes a tap's stdin, stdout and stderr at once: issue 90 point 8).
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  // The run keeps the process alive until it settles. A request's time limit does not (its timer
  // is unref'd, engine/clock.ts), so a call nothing else waited on ended the process with Node's
  // exit 13 ("unsettled top-level await"), silently and without its --save-session (issue 91).
  const running = setInterval(() => undefined, 1 << 30);
  try {
    return await runCommandLine(argv, env, {
      out: (s) => void process.stdout.write(s + "\n"),
      err: (s) => void process.stderr.write(s + "\n"),
    });
  } finally {
    clearInterval(running);
  }
}

/** The same with the output handed in (tests run commands in-process through it). */
export async function runCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv, raw: Io): Promise<number> {
  const io = terminalSafe(raw);
  const { command, rest } = commandOf(argv);
  let parsed;
  try {
    parsed = parseCommand(command, rest, () => otherFlags(command));
  } catch (e) {
    if (e instanceof UsageError) return (io.err(`inspector: ${e.message}`), command.usageExit);
    throw e;
  }
  if (parsed.args.help) return (io.out(helpOf(command)), 0);
  if (parsed.args.version) return (io.out(VERSION), 0);
  try {
    const go = () => command.run(parsed.args, { env, io, allFlags, passedFlags: parsed.passedFlags });
    // With OpenTelemetry export on, a run (--cli, check, test, a load run, replay) is one trace
    // under its span. Loaded only then: the front end stays light (test/budgets).
    if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT && !process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return await go();
    const { withRunSpan } = await import("../otel/hook");
    return await withRunSpan((command as unknown) === loadCommand ? "load" : command.name, go);
  } catch (e) {
    // A file a flag names (--config, --sampling, --env-file) turns out unreadable only now.
    if (e instanceof UsageError) return (io.err(`inspector: ${e.message}`), command.usageExit);
    throw e;
  }
}

/** Parse a whole command line without running it: which command, its typed arguments, what went to the server. */
export function parseCommandLine(argv: readonly string[]): { name: Command<CommonArgs>["name"]; args: CommonArgs; passedFlags: string[] } {
  const { command, rest } = commandOf(argv);
  return { name: command.name, ...parseCommand(command, rest, () => otherFlags(command)) };
}
