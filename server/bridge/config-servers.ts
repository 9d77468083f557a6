import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import type { Engine } from "../engine";
import type { Command } from "../../lib/wire/protocol";
import type { ConfiguredServerView, ServerList } from "../../lib/wire/servers";
import type { SessionState } from "../../lib/session/state";
import type { Entry } from "../../lib/record/format";
import type { ConnectSpecInput, Target } from "../../lib/target/target";
import { describeTarget } from "../../lib/target/target";
import { SecretForms } from "../../lib/session/secret-forms";
import { ConfigError, type ConfigEnv } from "../../lib/target/config-file";
import { hostServers, type ConfigLayer, type HostServer } from "../../lib/target/host-config";
import { hostConfigPaths, hostOfPath, type HostConfigPath } from "../../lib/target/host-paths";
import type { Host } from "../../lib/target/host-entry";

/** The server list's commands (lib/wire/servers.ts), as the bridge hands them on. */
export type ServersCommand = Extract<Command, { type: "servers-list" | "server-connect" }>;

/** What the page sees in place of a configured server's environment value or header value. */
export const HIDDEN_VALUE = "•••• (kept by the inspector)";

export interface ConfigServersOptions {
  /** `--config FILE`: only its servers; absent: the host configurations found (hostConfigPaths). */
  configFile?: string;
  env: ConfigEnv;
  home?: string;
  cwd?: string;
  platform?: string;
}

interface Held {
  server: HostServer & { ok: true };
  target: Target;
}

/**
 * The page's server list (issue 65): reads the configuration files each time it is asked (a file
 * edited meanwhile shows its new servers), keeps each server's target here, and connects the
 * engine with it. The page gets names only for variables and headers: `view` drops the values,
 * and `masked` replaces them in the session state the page is sent.
 */
export class ConfigServers {
  private held = new Map<string, Held>();
  private current?: Held & { key: string };
  /** Every value a connected server's entry filled from the environment: the record keeps earlier connections' frames too. */
  private readonly filledSeen = new Set<string>();
  private hideSeen: (text: string) => string = (text) => text;

  constructor(
    private readonly engine: Pick<Engine, "connect" | "getState">,
    private readonly o: ConfigServersOptions,
  ) {}

  async handle(cmd: ServersCommand): Promise<unknown> {
    if (cmd.type === "servers-list") return this.list();
    return this.masked(await this.connect(cmd.key));
  }

  /** The servers of the given file, or of every host configuration found. */
  list(): ServerList {
    const home = this.o.home ?? homedir();
    const cwd = this.o.cwd ?? process.cwd();
    const paths: Array<Omit<HostConfigPath, "scope"> & { scope: string; workspace?: string }> = this.o.configFile
      ? [configFilePath(path.resolve(this.o.configFile), home)]
      : hostConfigPaths({
          home,
          cwd,
          platform: this.o.platform ?? process.platform,
          appData: this.o.env.APPDATA,
          xdgConfig: this.o.env.XDG_CONFIG_HOME,
          codexHome: this.o.env.CODEX_HOME,
          copilotHome: this.o.env.COPILOT_HOME,
        });
    const files: ServerList["files"] = [];
    const byHost = new Map<Host, ConfigLayer[]>();
    for (const p of paths) {
      let text: string;
      try {
        text = readFileSync(p.file, "utf8");
      } catch (e) {
        const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
        files.push({
          host: p.host,
          scope: p.scope,
          file: p.file,
          found: false,
          ...(missing ? {} : { error: `cannot read it: ${(e as Error).message}` }),
        });
        continue;
      }
      files.push({ host: p.host, scope: p.scope, file: p.file, found: true });
      const layer = { file: p.file, text, scope: p.scope, ...(p.workspace ? { workspace: p.workspace } : {}) };
      byHost.set(p.host, [...(byHost.get(p.host) ?? []), layer]);
    }
    this.held.clear();
    const servers: ConfiguredServerView[] = [];
    for (const [host, layers] of byHost) {
      let found: HostServer[];
      try {
        found = hostServers(host, layers, this.o.env, { home, cwd, sep: path.sep, readFile: (p) => readFileSync(p, "utf8") });
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        // One file that does not parse hides only its host's servers: said beside that file.
        const bad = layers.find((l) => e.message.startsWith(l.file)) ?? layers[layers.length - 1];
        const f = files.find((x) => x.file === bad.file);
        if (f) f.error = e.message;
        continue;
      }
      for (const s of found) servers.push(this.view(s));
    }
    // The current one is the list's only while the session's target is still that server's; one
    // the launcher connected (`--config FILE --server NAME`) is found by its target.
    const now = this.engine.getState().target;
    if (now && !(this.current && sameTarget(now, this.current.target))) {
      // The first that runs it (two entries may run the same command; the host starts only an enabled one).
      const found = [...this.held]
        .sort(([, a], [, b]) => Number(b.server.enabled) - Number(a.server.enabled))
        .find(([, h]) => sameTarget(now, h.target));
      if (found) this.setCurrent({ ...found[1], key: found[0] });
    }
    const current = this.current && now && sameTarget(now, this.current.target) ? this.current.key : undefined;
    return { source: this.o.configFile ? "config" : "found", files, servers, ...(current ? { current } : {}) };
  }

  private view(s: HostServer): ConfiguredServerView {
    const key = `${s.file}#${s.name}`;
    const base = {
      key,
      name: s.name,
      host: s.host,
      file: s.file,
      scope: s.scope,
      enabled: s.enabled,
      ...(s.skipped ? { skipped: s.skipped } : {}),
    };
    if (!s.ok)
      return { ...base, envNames: namesOf(s.entry.env), headerNames: namesOf(s.entry.headers), problem: filledHider(s.filled)(s.message) };
    const target = withCwd(s.target, s.file);
    this.held.set(key, { server: s, target });
    const missing = target.transport === "stdio" ? commandMissing(target, this.o.env) : undefined;
    const hideFilled = filledHider(s.filled);
    return {
      ...base,
      transport: target.transport,
      summary: hideFilled(describeTarget(target)),
      envNames: target.transport === "stdio" ? Object.keys(target.env) : [],
      headerNames: target.transport === "stdio" ? [] : Object.keys(target.headers),
      ...(missing ? { problem: hideFilled(missing) } : {}),
    };
  }

  /** Connect to the server `key` names, refusing one the host would not start or that cannot start. */
  async connect(key: string): Promise<SessionState> {
    const list = this.list();
    const view = list.servers.find((s) => s.key === key);
    if (!view) throw new Error(`no configured server "${key}" (the list was read again: it may have left its file)`);
    if (!view.enabled) throw new Error(`"${view.name}" is not started: ${view.skipped}`);
    const held = this.held.get(key);
    if (!held || view.problem) throw new Error(`"${view.name}" cannot start: ${view.problem}`);
    this.setCurrent({ ...held, key });
    const spec: ConnectSpecInput = { target: held.target, protocolEra: held.server.protocolEra ?? "auto" };
    return this.engine.connect(spec);
  }

  private setCurrent(current: Held & { key: string }): void {
    this.current = current;
    const before = this.filledSeen.size;
    for (const v of current.server.filled) this.filledSeen.add(v);
    if (this.filledSeen.size !== before) this.hideSeen = filledHider([...this.filledSeen]);
  }

  /**
   * An entry as the page may see it: a value a connected server's entry filled from the
   * environment, echoed on its stderr or in an answer, hidden as in the state (issue 71 part 5).
   * The same entry when none was filled (most sessions: no walk at all).
   */
  maskedEntry(entry: Entry): Entry {
    if (this.filledSeen.size === 0) return entry;
    return maskStrings(entry, this.hideSeen);
  }

  /**
   * The state as the page may see it: the configured server's variable and header values hidden,
   * and a filled value anywhere else in it (a failed connect's stderr tail) as in the record.
   */
  masked(state: SessionState): SessionState {
    const shown = this.maskedTarget(state);
    if (this.filledSeen.size === 0) return shown;
    const { target, ...rest } = shown;
    return { ...maskStrings(rest, this.hideSeen), ...(target ? { target } : {}) } as SessionState;
  }

  private maskedTarget(state: SessionState): SessionState {
    const t = state.target;
    const held = this.current?.target;
    if (!t || !held || !sameTarget(t, held)) return state;
    // A value the file filled from the environment, in an argument, the command or the URL, is hidden too.
    const h = filledHider(this.current!.server.filled);
    if (t.transport === "stdio") return { ...state, target: { ...t, command: h(t.command), args: t.args.map(h), env: hide(t.env) } };
    return { ...state, target: { ...t, url: h(t.url), headers: hide(t.headers) } };
  }

  /** A connect from the page's form with hidden values (the configured server, edited or not): the held values put back. */
  unmasked(spec: ConnectSpecInput): ConnectSpecInput {
    const held = this.current?.target;
    const t = spec.target;
    if (!held || held.transport !== t.transport) return spec;
    const h = filledHider(this.current!.server.filled);
    if (t.transport === "stdio" && held.transport === "stdio") {
      const args = t.args && t.args.join("\0") === held.args.map(h).join("\0") ? held.args : t.args;
      const command = t.command === h(held.command) ? held.command : t.command;
      return { ...spec, target: { ...t, command, ...(args ? { args } : {}), env: restore(t.env ?? {}, held.env) } };
    }
    if (t.transport !== "stdio" && held.transport !== "stdio")
      return { ...spec, target: { ...t, url: t.url === h(held.url) ? held.url : t.url, headers: restore(t.headers ?? {}, held.headers) } };
    return spec;
  }
}

/** Each value the host's file filled from the environment written as •••• (a URL stays a URL). */
function filledHider(filled: readonly string[]): (text: string) => string {
  const forms = new SecretForms(filled.filter((v) => v.length >= 6));
  return filled.length ? (text) => forms.replace(text, () => FILLED_MARK).text : (text) => text;
}
const FILLED_MARK = "••••";

function maskStrings<T>(value: T, hide: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return hide(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [hide(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

function namesOf(v: unknown): string[] {
  return v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v) : [];
}

function hide(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(values).map((k) => [k, HIDDEN_VALUE]));
}

function restore(values: Record<string, string>, held: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === HIDDEN_VALUE && k in held ? held[k] : v]));
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.transport === "stdio" && b.transport === "stdio")
    return a.command === b.command && a.args.join("\0") === b.args.join("\0") && sameKeys(a.env, b.env);
  if (a.transport !== "stdio" && b.transport !== "stdio") return a.url === b.url && sameKeys(a.headers, b.headers);
  return false;
}

function sameKeys(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.entries(a).every(([k, v]) => b[k] === v);
}

/** The one file `--config` names: its host by where it is and its shape (check --config reads it so too). */
function configFilePath(file: string, home: string): Omit<HostConfigPath, "scope"> & { scope: string; workspace?: string } {
  let text: string | undefined;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    text = undefined;
  }
  const where = hostOfPath(file, home, text);
  return { host: where.host, scope: where.scope, file, ...(where.workspace ? { workspace: where.workspace } : {}) };
}

/** A relative cwd is the file's folder's (as `--config` reads it). */
function withCwd(t: Target, file: string): Target {
  if (t.transport !== "stdio" || !t.cwd) return t;
  return { ...t, cwd: path.resolve(path.dirname(file), t.cwd) };
}

/** Why the command cannot start here (not found on PATH, not a file, not executable), or undefined. */
export function commandMissing(t: Target & { transport: "stdio" }, env: ConfigEnv): string | undefined {
  const cmd = t.command;
  const win = process.platform === "win32";
  const exts = win ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";")] : [""];
  const runnable = (p: string) =>
    exts.some((x) => {
      try {
        if (!statSync(p + x).isFile()) return false;
        accessSync(p + x, win ? constants.F_OK : constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  if (cmd.includes("/") || (win && cmd.includes("\\"))) {
    const full = path.resolve(t.cwd ?? process.cwd(), cmd);
    return runnable(full) ? undefined : `command not found: ${cmd} (no executable file at ${full})`;
  }
  const dirs = (t.env.PATH ?? env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return dirs.some((d) => runnable(path.join(d, cmd))) ? undefined : `command not found: ${cmd} (not on PATH)`;
}
