/**
 * Lines that say why a process failed, most telling first: Node's thrown error and its missing
 * module, a missing file, a shell's unknown command, the last line of a Python traceback.
 */
const TELLING = [
  /Cannot find (module|package)/,
  /\bcommand not found\b|\bnot found\b.*\bcommand\b/i,
  /\bENOENT\b|No such file or directory/,
  /^\s*\w*(Error|Exception)\b[:\s]/,
  /\bError:/,
];

/**
 * The line of a stderr tail that says why the process failed, or undefined when none stands out
 * (the tail's last line is then the best guess). Node prints its stack and "Node.js v20" after
 * the error, so the last line is rarely the one a person needs.
 */
export function tellingLine(lines: readonly string[]): string | undefined {
  for (const pattern of TELLING) {
    // The last match: a Python traceback's final "XError: …" comes after its "During handling" ones.
    for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i])) return lines[i].trim();
  }
  return undefined;
}
