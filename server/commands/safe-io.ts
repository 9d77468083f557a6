import { visible } from "../../lib/text/visible";
import type { Io } from "./command";

/**
 * Text for a terminal: every control, bidi, invisible or blank-looking character written as an
 * escape (`visible`), line breaks and tabs kept. Text escaped already is printable and passes
 * unchanged, so a message may be escaped twice without harm.
 */
export function terminalText(text: string): string {
  return text
    .split(/(\n|\t)/)
    .map((part) => (part === "\n" || part === "\t" ? part : visible(part)))
    .join("");
}

/**
 * The one writer every command writes through: escaping is the writer's job, so a message that
 * carries a server's, a file's or a config's text (a connect error, a command name, a cwd) cannot
 * reach the terminal raw however it was put together (issue 38 item 5: an OSC 52 clipboard write
 * and a forged result line through replay's connect failure). JSON and JUnit output holds no raw
 * control already (`inertJson`, XML escapes) and passes unchanged.
 */
export function terminalSafe(io: Io): Io {
  return { out: (s) => io.out(terminalText(s)), err: (s) => io.err(terminalText(s)) };
}
