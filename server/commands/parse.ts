import type { FlagGroup, FlagSpec } from "./flag-spec";
import type { Command, CommonArgs } from "./command";
import { UsageError } from "./usage-error";
import { nearest } from "../../lib/text/nearest";

/**
 * The one rule for reading a command line, in every command, as the official MCP Inspector CLI
 * reads it: the inspector's known flags are its own wherever they stand; once the target
 * command has started, an unknown flag is the server's (`inspector --cli node server.js --stdio
 * --method tools/list` gives `--stdio` to the server); `--` ends the inspector's flags, and
 * everything after it is the target's. Before the target an unknown flag is a mistake.
 *
 * Hand-written over the table rather than node:util.parseArgs or commander: parseArgs has no
 * place for "unknown after the target belongs to someone else" nor for `--tool-arg a=1 b=2`,
 * and commander treats every word after an unknown option as unknown, so `--method` after
 * `--stdio` would be lost.
 */
export interface Parsed<A> {
  args: A;
  /** Words given to the target that looked like flags (the launcher says which went to the server). */
  passedFlags: string[];
}

export function parseCommand<A extends CommonArgs>(
  cmd: Command<A>,
  argv: readonly string[],
  others: () => OtherFlags = () => new Map(),
): Parsed<A> {
  const a = cmd.empty();
  const table = flagTable(cmd.groups);
  const operands: string[] = [];
  const passedFlags: string[] = [];
  let dashed = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    // A command whose target owns the rest of the line (tap): once its command is read, every word
    // is the target's, a `--` too.
    if (cmd.operandsBeforeTarget && operands.length > cmd.operandsBeforeTarget(a)) {
      operands.push(word);
      if (isFlag(word) && word !== "--") passedFlags.push(word);
      continue;
    }
    if (word === "--") {
      dashed = true;
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!isFlag(word)) {
      operands.push(word);
      continue;
    }
    const name = flagName(word);
    const flag = table.get(name);
    if (flag) {
      i = applyFlag(flag, a, argv, i, operands.length > 0 && cmd.takesTarget);
      continue;
    }
    if (operands.length > 0 && cmd.takesTarget) {
      operands.push(word);
      passedFlags.push(word);
      continue;
    }
    throw new UsageError(unknownFlag(name, cmd, others));
  }
  cmd.operands(a, operands, dashed);
  if (!a.help && !a.version) {
    try {
      cmd.validate(a);
    } catch (e) {
      // `--cli node s.js --methd tools/list`: --methd went to the server; say so beside "needs --method".
      const slip = passedFlags.map((w) => [w, nearest(flagName(w), [...table.keys()])] as const).find(([, near]) => near);
      if (e instanceof UsageError && slip)
        throw new UsageError(
          slip[1] === flagName(slip[0])
            ? `${e.message} (${slip[0]}, after the command, went to the server: put it before the command)`
            : `${e.message} (${slip[0]}, after the command, went to the server: did you mean ${slip[1]}?)`,
        );
      throw e;
    }
  }
  return { args: a, passedFlags };
}

/** The words given to the target that are flags of the command's own (a tap's `--save-session` after the server's command). */
export function ownFlagsPassed<A>(cmd: Command<A & CommonArgs>, passedFlags: readonly string[]): string[] {
  const table = flagTable(cmd.groups);
  return passedFlags.filter((w) => table.has(flagName(w)));
}

/** Which commands take a flag, for "--update needs replay" instead of "unknown flag" (built only when a flag is unknown). */
export type OtherFlags = Map<string, string[]>;

function unknownFlag(name: string, cmd: Command<CommonArgs>, others: () => OtherFlags): string {
  const owners = others().get(name);
  if (owners?.length)
    return `${name} needs ${owners.length === 1 ? owners[0] : `${owners.slice(0, -1).join(", ")} or ${owners[owners.length - 1]}`}`;
  const near = nearest(name, [...flagTable(cmd.groups).keys()]);
  return `unknown flag ${name} (see ${cmd.name === "page" ? "" : `${cmd.name === "cli" ? "--cli" : cmd.name} `}--help)${near ? `; did you mean ${near}?` : ""}`;
}

const KEY_VALUE = /^[^-=][^=]*=/;
const isFlag = (word: string) => word.startsWith("-") && word !== "-";
const flagName = (word: string) => (word.startsWith("--") && word.includes("=") ? word.slice(0, word.indexOf("=")) : word);

export function flagTable<A>(groups: readonly FlagGroup<A>[]): Map<string, FlagSpec<A>> {
  return new Map(groups.flatMap((g) => g.flags.flatMap((f) => f.names.map((n) => [n, f] as const))));
}

/** Apply the flag at argv[i]; returns the index of the last word it used. */
function applyFlag<A>(flag: FlagSpec<A>, a: A, argv: readonly string[], i: number, afterTarget: boolean): number {
  const word = argv[i];
  const name = flagName(word);
  const inline = name !== word ? word.slice(name.length + 1) : undefined;
  // A value error after the target may be a server flag that shares our name (node -e …).
  const hint = afterTarget ? ` (if ${name} is meant for the server, put it after --)` : "";
  try {
    if (flag.value === undefined) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      flag.set(a, "");
      return i;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flag.set(a, value);
    let last = inline !== undefined ? i : i + 1;
    // The official CLI's variadic form: `--tool-arg a=1 b=2` takes each KEY=VALUE that follows.
    const more = flag.variadic === true ? KEY_VALUE : flag.variadic;
    if (more) while (last + 1 < argv.length && more.test(argv[last + 1])) flag.set(a, argv[++last]);
    return last;
  } catch (e) {
    if (e instanceof UsageError && hint) throw new UsageError(e.message + hint);
    throw e;
  }
}
