/**
 * `inspector tap … -- COMMAND` straight from bin/ (dist/tap.mjs, built on its own by
 * scripts/build.mjs): the tap's flags parsed, its server spawned and the host's bytes forwarded
 * with nothing else of the command line loaded (issue 90 item 1: the whole command line and the
 * recorder before the spawn cost a host 0.3-0.9 s of its first answer, and Cline gives up at about
 * 2.4 s). Any other tap line (--help, --print-config, --server-url, a usage error, OpenTelemetry
 * export on) is the whole command line's: `undefined` says so, and bin/ runs it there.
 */
import { parseCommand } from "../parse";
import { terminalText } from "../safe-io";
import { runStdioTap } from "../../tap/run-stdio";
import { lateFlagsLine, stdioRunOf, tapCommand } from "./index";

/** The stdio tap's run from `tap …` words, or `undefined`: the command line is not the stdio tap's (run it whole). */
export async function tapEntry(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number | undefined> {
  if (argv[0] !== "tap" || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  let parsed;
  try {
    parsed = parseCommand(tapCommand, argv.slice(1));
  } catch {
    // The whole command line says what is wrong, naming the commands that take a flag.
    return undefined;
  }
  const a = parsed.args;
  if (a.help || a.version || a.printConfig || a.serverUrl) return undefined;
  // As main() (commands/main.ts): a closed stdout or stderr is the host gone, not an uncaught EPIPE,
  // and the run keeps the process alive until it settles.
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  const running = setInterval(() => undefined, 1 << 30);
  try {
    const late = lateFlagsLine(parsed.passedFlags);
    if (late) process.stderr.write(terminalText(late) + "\n");
    return await runStdioTap(stdioRunOf(a, env));
  } finally {
    clearInterval(running);
  }
}
