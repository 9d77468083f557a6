import type { Io } from "./command";
/**
 * Text for a terminal: every control, bidi, invisible or blank-looking character written as an
 * escape (`visible`), line breaks and tabs kept. Text escaped already is printable and passes
 * unchanged, so a message may be escaped twice without harm.
 */
export declare function terminalText(text: string): string;
/**
 * The one writer every command writes through: escaping is the writer's job, so a message that
 * carries a server's, a file's or a config's text (a connect error, a command name, a cwd) cannot
 * reach the terminal raw however it was put together (issue 38 item 5: an OSC 52 clipboard write
 * and a forged result line through replay's connect failure). JSON and JUnit output holds no raw
 * control already (`inertJson`, XML escapes) and passes unchanged.
 */
export declare function terminalSafe(io: Io): Io;
