import { ConfigError, MAX_ENTRY_DEPTH, type ConfigEnv } from "./config-file";

/**
 * How a host fills `${…}` in its configuration file (docs/cli.md cites each host's page):
 * - none: Claude Desktop, Kimi Code and Codex CLI fill nothing (the text reaches the server as written);
 * - posix: Claude Code's `${VAR}` and `${VAR:-default}`;
 * - editor: Cursor's and VS Code's `${env:NAME}`, `${userHome}`, `${workspaceFolder}`,
 *   `${workspaceFolderBasename}`, `${pathSeparator}`, `${/}` (a bare `${VAR}` is text);
 * - kiro: `${VAR}` (and `${env:VAR}`, which kiro-cli's source takes);
 * - gemini: `$VAR` and `${VAR}` (Qwen Code too);
 * - copilot: Copilot CLI's `$VAR`, `${VAR}` and `${VAR:-default}`;
 * - opencode: `{env:NAME}` (an unset one is empty, as opencode's config page says) and
 *   `{file:PATH}`, a file's contents (relative to the configuration file's folder, or `~/…`).
 */
export type Expansion = "none" | "posix" | "editor" | "kiro" | "gemini" | "copilot" | "opencode";

/** What the editor variables stand for: the folder the host opened, and the person's home. */
export interface ExpandContext {
  env: ConfigEnv;
  home: string;
  workspace: string;
  /** "/" or "\\". */
  sep: string;
  /** The configuration file's folder (opencode's `{file:…}`), and a way to read the file it names. */
  dir?: string;
  readFile?(path: string): string;
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
  const fromFile = (name: string, written: string): string => {
    const full = /^([\\/]|[A-Za-z]:)/.test(name)
      ? name
      : name.startsWith("~/")
        ? `${ctx.home}${ctx.sep}${name.slice(2)}`
        : `${ctx.dir ?? ctx.workspace}${ctx.sep}${name}`;
    let v: string;
    try {
      if (!ctx.readFile) throw new Error("files are not read here");
      v = ctx.readFile(full).replace(/\r?\n$/, "");
    } catch (e) {
      throw new ConfigError(`${where}: cannot read ${full} (used as ${written}): ${(e as Error).message}`);
    }
    // A file's contents are what a secret is kept in (opencode's page: API keys): masked as a filled value.
    if (v) filled.push(v);
    return v;
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
      case "copilot":
        return text.replace(
          /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
          (w, a?: string, def?: string, b?: string) => fromEnv((a ?? b)!, w, def),
        );
      case "opencode":
        return text.replace(/\{(env|file):([^}]+)\}/g, (w, kind: string, what: string) =>
          kind === "env" ? fromEnv(what, w, "") : fromFile(what, w),
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
