/** V8's file-level compile hint: the first line of every page script (scripts/compile-hints.mjs). */
export const COMPILE_HINT: string;
/** `js` with the compile hint as its first line; throws on a script that has one already. */
export function withCompileHint(js: string): string;
/** Every `.js` file directly in `dir` given the hint; returns how many. */
export function hintScripts(dir: string): number;
