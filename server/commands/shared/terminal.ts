import { createInterface } from "node:readline/promises";
import { terminalText } from "../safe-io";

/** A one-line progress display on stderr when it is a terminal (nothing in CI logs); `done` clears it. */
export function progressLine(): { progress?: (line: string) => void; done(): void } {
  if (!process.stderr.isTTY) return { done: () => undefined };
  // The line names what a server said (tool names): escaped, as everything written (safe-io.ts).
  return { progress: (line) => process.stderr.write(`\r\x1b[2K${terminalText(line)}…`), done: () => process.stderr.write("\r\x1b[2K") };
}

/** Both ends are a terminal: a person is there to answer a question or log in. */
export const hasPerson = () => process.stdin.isTTY === true && process.stderr.isTTY === true;

/** Ask a yes/no question on the terminal; true for y or yes. */
export async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
