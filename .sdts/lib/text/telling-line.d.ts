/**
 * The line of a stderr tail that says why the process failed, or undefined when none stands out
 * (the tail's last line is then the best guess). Node prints its stack and "Node.js v20" after
 * the error, so the last line is rarely the one a person needs.
 */
export declare function tellingLine(lines: readonly string[]): string | undefined;
