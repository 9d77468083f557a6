/**
 * The launcher's command line, compatible with the official MCP Inspector where they overlap:
 *   inspector [check|replay|mock|diff] [flags] [target…] [flags]
 * The flags are the table in ./flags.ts (which --help prints). Pure: no I/O, so every rule is
 * unit-tested. In the page mode the first word that is not a flag starts the target command and
 * everything after it is the target's; in the headless modes the inspector's flags may follow the
 * target too (as the official CLI reads them); everything after `--` is the target's.
 */
import { CLI_METHODS, FLAGS, SUBCOMMANDS, UsageError, emptyArgs, flagNamed, httpUrl, type FlagSpec, type LauncherArgs, type Mode, type Section } from "./flags";

export { CLI_METHODS, UsageError, type CliMethod, type ElicitationPolicy, type LauncherArgs, type Mode, type Transport } from "./flags";

/** Environment variables as the launcher reads them. */
export type Env = Record<string, string | undefined>;

interface Walk {
  a: LauncherArgs;
  /** Every flag given, for the mode check once the mode is known (--cli may come late). */
  given: FlagSpec[];
}

export function parseLauncherArgs(argv: readonly string[], defaults: { port?: number } = {}): LauncherArgs {
  const w: Walk = { a: emptyArgs(defaults), given: [] };
  let i = 0;
  if ((SUBCOMMANDS as readonly string[]).includes(argv[0])) {
    w.a.mode = argv[0] as Mode;
    i = 1;
  }
  // Flags first; the first other word starts the target (or the subcommand's operands).
  let dashed = false;
  for (; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      dashed = true;
      i++;
      break;
    }
    if (!word.startsWith("-") || word === "-") break;
    i = applyFlag(w, argv, i);
  }
  let rest = argv.slice(i);
  const headless = w.a.mode !== "ui";
  if (headless && !dashed) rest = pickFlagsAfterTarget(w, rest);
  placeOperands(w.a, rest, dashed);
  return validate(w);
}

/** Apply the flag at argv[i]; returns the index of the last word it used. */
function applyFlag(w: Walk, argv: readonly string[], i: number, allowed: (f: FlagSpec) => boolean = () => true, hint = ""): number {
  const word = argv[i];
  const eq = word.startsWith("--") ? word.indexOf("=") : -1;
  const name = eq === -1 ? word : word.slice(0, eq);
  const flag = flagNamed(name);
  if (!flag || !allowed(flag)) throw new UsageError(`unknown flag ${name} (see --help)${hint}`);
  w.given.push(flag);
  if (flag.value === undefined) {
    if (eq !== -1) throw new UsageError(`${name} takes no value`);
    flag.set(w.a, "");
    return i;
  }
  const value = eq !== -1 ? word.slice(eq + 1) : argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  flag.set(w.a, value);
  let last = eq !== -1 ? i : i + 1;
  // The official CLI's variadic form: `--tool-arg a=1 b=2` takes each KEY=VALUE that follows.
  if (flag.variadic) while (last + 1 < argv.length && /^[^-=][^=]*=/.test(argv[last + 1])) flag.set(w.a, argv[++last]);
  return last;
}

/**
 * After the target, the headless modes read the inspector's own flags (the official CLI's
 * order: `--cli node server.js --method tools/list`); other words, flags included, stay the
 * target's, as there. After `--` everything is the target's.
 */
function pickFlagsAfterTarget(w: Walk, words: readonly string[]): string[] {
  const keep: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "--") {
      keep.push(...words.slice(i + 1));
      break;
    }
    // A mistyped flag (--methd) must not quietly become the server's: the issue tracker's
    // measurements of the official CLI 2.12.0 make it an error there too.
    if (word.startsWith("-") && word !== "-") i = applyFlag(w, words, i, (f) => f.afterTarget === true, "; flags for the server go after --");
    else keep.push(word);
  }
  return keep;
}

/** What the words that are not flags mean in each mode. */
function placeOperands(a: LauncherArgs, rest: string[], dashed: boolean): void {
  if (!rest.length) return;
  switch (a.mode) {
    case "replay":
    case "mock": {
      if (a.sessionFile === undefined && !dashed) [a.sessionFile, ...rest] = rest;
      if (rest.length) throw new UsageError(`${a.mode} takes one session file, not also "${rest.join(" ")}"${a.mode === "replay" ? " (run another command with --command or --server-url)" : ""}`);
      return;
    }
    case "diff":
      a.sides = rest;
      return;
    default:
      if (a.mode !== "ui" && /^https?:\/\//.test(rest[0]) && rest.length === 1) {
        a.serverUrl = httpUrl(rest[0], "the server URL");
        return;
      }
      a.command = rest[0];
      a.args = rest.slice(1);
  }
}

function validate(w: Walk): LauncherArgs {
  const a = w.a;
  if (a.help || a.version) return a;
  const misplaced = w.given.find((f) => !f.modes.includes(a.mode));
  if (misplaced) throw new UsageError(`${misplaced.names[misplaced.names.length - 1]} ${whereItBelongs(misplaced)}`);
  switch (a.mode) {
    case "replay":
      if (!a.sessionFile) throw new UsageError("replay needs a session file: inspector replay FILE.mcp-session.json");
      if (a.command && a.serverUrl) throw new UsageError("give --command or --server-url, not both");
      return a;
    case "mock":
      if (!a.sessionFile) throw new UsageError("mock needs a session file: inspector mock FILE.mcp-session.json [--port N]");
      return a;
    case "diff":
      if (a.sides.length !== 2) throw new UsageError(`diff compares two sides (session files, "quoted commands" or URLs), got ${a.sides.length}: inspector diff A B`);
      return a;
    case "cli":
      validateCli(a);
      break;
  }
  const sources = [a.command && "a command", a.serverUrl && "--server-url", a.config && "--config", a.registry && "--registry", a.demo && "--demo"].filter(Boolean);
  if (a.open && sources.length) throw new UsageError(`--open shows a recorded session without running anything; it takes no target (got ${sources.join(" and ")})`);
  if (sources.length > 1) throw new UsageError(`give one target, not ${sources.join(" and ")}`);
  if (a.server && !a.config && !a.registry) throw new UsageError("--server needs --config or --registry");
  // The official CLI picks SSE from a URL path ending in /sse.
  if (a.serverUrl && !a.transport && /\/sse\/?$/.test(new URL(a.serverUrl).pathname)) a.transport = "sse";
  if (a.transport && a.transport !== "stdio" && a.command) throw new UsageError(`--transport ${a.transport} needs --server-url, not a command`);
  if (a.transport === "stdio" && a.serverUrl) throw new UsageError("--server-url cannot be used with --transport stdio");
  if (Object.keys(a.headers).length && a.command) throw new UsageError("--header applies to --server-url targets, not to a command");
  if (a.mode !== "ui" && a.elicitation === "ask") throw new UsageError("--elicitation ask needs a person: headless runs take accept-defaults, decline or cancel");
  return a;
}

function whereItBelongs(f: FlagSpec): string {
  const modes = f.modes.map((m) => (m === "ui" ? "the page" : m === "cli" ? "--cli" : m));
  return `needs ${modes.length === 1 ? modes[0] : `${modes.slice(0, -1).join(", ")} or ${modes[modes.length - 1]}`}`;
}

function validateCli(a: LauncherArgs): void {
  if (!a.method) throw new UsageError(`--cli needs --method (one of ${CLI_METHODS.join(", ")})`);
  if (a.method === "tools/call" && !a.toolName) throw new UsageError("--method tools/call needs --tool-name");
  if (a.toolArgsJson && Object.keys(a.toolArgs).length) throw new UsageError("--tool-args-json cannot be combined with --tool-arg; pick one");
  if (a.method === "resources/read" && !a.uri) throw new UsageError("--method resources/read needs --uri");
  if (a.method === "prompts/get" && !a.promptName) throw new UsageError("--method prompts/get needs --prompt-name");
  if (a.method === "logging/setLevel" && !a.logLevel) throw new UsageError("--method logging/setLevel needs --log-level");
  if (!a.command && !a.serverUrl && !a.config && !a.registry && !a.demo) throw new UsageError("--cli needs a target: a command, --server-url, --config or --demo");
}

const USAGE = `Usage: inspector [flags] [command [args...]]            the page, connected to a server
       inspector --cli TARGET --method M [...]           one call, result JSON on stdout
       inspector check TARGET [--format text|json|junit] [--call-tools]
       inspector replay FILE.mcp-session.json [--ignore PATH]... [--update] [--yes]
       inspector mock FILE.mcp-session.json [--port N] [--ignore PATH]... [--strict]
       inspector diff A B [--format text|json|junit] [--fail-on breaking|any]
TARGET is a command (everything after -- is the server's), --server-url URL, --config FILE
[--server NAME], --registry FILE or --demo. A side of diff is a session file, a "quoted command"
or a URL.`;

const SECTIONS: readonly Section[] = ["Target", "Authorization (OAuth)", "Answers for the server's requests", "One call (--cli)", "check", "replay", "mock", "diff", "Inspector"];

/** --help, from the flag table. */
export function helpText(): string {
  const lines = [USAGE, ""];
  for (const section of SECTIONS) {
    lines.push(section);
    for (const f of FLAGS.filter((x) => x.section === section)) {
      const left = `  ${f.names.join(", ")}${f.value ? ` ${f.value}` : ""}`;
      lines.push(left.length < 27 ? `${left.padEnd(27)}${f.help}` : `${left}\n${" ".repeat(27)}${f.help}`);
    }
    lines.push("");
  }
  lines.push("Exit codes", "  --cli: 0 ok, 1 usage or failure, 3 authorization required, 4 unreachable, 5 tool error (as the official CLI)", "  check: 0 clean, 1 problems, 4 unreachable; replay, diff: 0 same, 1 changed; mock: 1 unmatched with --strict; usage: 2", "");
  lines.push("Environment", "  MCP_ACCESS_TOKEN   a bearer token for an HTTP target (no OAuth flow runs)", "  MCP_CLIENT_SECRET  the OAuth client secret (instead of --client-secret)", "  INSPECTOR_TOKEN (or MCP_PROXY_AUTH_TOKEN)   use this token instead of a random one", "  INSPECTOR_BROWSER                            command that opens the page URL", "");
  return lines.join("\n");
}

export const HELP = helpText();
