import { ConfigError, MAX_ENTRY_DEPTH, type ConfigEnv } from "./config-file";

/**
 * How a host fills `${…}` in its configuration file (docs/cli.md cites each host's page):
 * - none: Claude Desktop, Kimi Code and Codex CLI fill nothing (the text reaches the server as written);
 * - posix: Claude Code's `${VAR}` and `${VAR:-default}`;
 * - editor: Cursor's and VS Code's `${env:NAME}`, `${userHome}`, `${workspaceFolder}`,
 *   `${workspaceFolderBasename}`, `${pathSeparator}`, `${/}` (a bare `${VAR}` is text);
 * - kiro: `${VAR}` (and `${env:VAR}`, which kiro-cli's source takes);
 * - gemini: `$VAR` and `${VAR}`.
 */
export type Expansion = "none" | "posix" | "editor" | "kiro" | "gemini";

/** What the editor variables stand for: the folder the host opened, and the person's home. */
export interface ExpandContext {
  env: ConfigEnv;
  home: string;
  workspace: string;
  /** "/" or "\\". */
  sep: string;
}

/**
 * A value with the variables filled (too deep a value is refused, even where nothing is filled:
 * red-team 7's 100,000 levels overflowed the stack of what reads it next). `filled` collects each value taken from the environment: a
 * report masks them wherever they appear (a secret put in a URL or an argument is still a
 * secret). Folder names (`${workspaceFolder}`, `${userHome}`) are not secrets and stay readable.
 */
export function expandEntry(value: unknown, how: Expansion, ctx: ExpandContext, where: string, filled: string[]): unknown {
  const fromEnv = (name: string, written: string, def?: string): string => {
    const v = ctx.env[name];
    if (v !== undefined && v !== "") {
      filled.push(v);
      return v;
    }
    if (def !== undefined) return def;
    throw new ConfigError(`${where}: environment variable ${name} is not set (used as ${written})`);
  };
  const one = (text: string): string => {
    switch (how) {
      case "none":
        return text;
      case "posix":
        return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (w, name: string, def?: string) => fromEnv(name, w, def));
      case "kiro":
        return text.replace(/\$\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)\}/g, (w, name: string) => fromEnv(name, w));
      case "gemini":
        return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (w, a?: string, b?: string) =>
          fromEnv((a ?? b)!, w),
        );
      case "editor":
        return text.replace(
          /\$\{(env:([A-Za-z_][A-Za-z0-9_]*)|userHome|workspaceFolder|workspaceFolderBasename|pathSeparator|\/)\}/g,
          (w, what: string, name?: string) => {
            if (name !== undefined) return fromEnv(name, w);
            if (what === "userHome") return ctx.home;
            if (what === "workspaceFolder") return ctx.workspace;
            if (what === "workspaceFolderBasename") return ctx.workspace.split(/[\\/]/).filter(Boolean).pop() ?? "";
            return ctx.sep;
          },
        );
    }
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > MAX_ENTRY_DEPTH) throw new ConfigError(`${where}: nested deeper than ${MAX_ENTRY_DEPTH} levels`);
    if (typeof v === "string") return one(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, depth + 1)]));
    return v;
  };
  return walk(value, 0);
}

/** The first `${input:ID}` in a value (VS Code asks the person for it when it starts the server), or undefined. */
export function inputNeeded(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") return /\$\{input:([^}]*)\}/.exec(value)?.[1];
  if (depth > MAX_ENTRY_DEPTH || !value || typeof value !== "object") return undefined;
  for (const x of Array.isArray(value) ? value : Object.values(value)) {
    const found = inputNeeded(x, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
