import { existsSync } from "node:fs";
import path from "node:path";
import { stringify as tomlStringify } from "smol-toml";
import type { Io } from "../command";
import { UsageError } from "../usage-error";
import { HOSTS, NAME_RULES, hostEntry, hostOf } from "../../../lib/target/host-entry";
import { inertJson, replaceInvisible } from "../../../lib/text/visible";
import { ROOT } from "../../paths";
import type { TapArgs } from "./args";

/**
 * What a printed entry runs: this node and this install's own bin, by absolute path. Not `npx -y
 * mcp-inspector-harness`: a name the registry does not hold is anyone's to publish, and a version
 * pin does not help when the first publisher is someone else; npx would also fetch at every host
 * start, against the host's startup timeout (Codex: 10 s). docs/tap.md says why.
 */
export function tapCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(ROOT, "bin", "inspector.mjs"), "tap"] };
}

/**
 * `tap --print-config HOST NAME -- COMMAND…`: the entry that puts the tap in front of the server,
 * in HOST's own format, on stdout (a person pastes it; where it goes, and what the host would
 * refuse or read otherwise, on stderr first). No host file is read or written.
 */
export function printConfig(a: TapArgs, io: Io): number {
  const { host: asked, name } = a.printConfig!;
  const host = hostOf(asked);
  if (!host) throw new UsageError(`--print-config: unknown host "${asked}"; one of: ${HOSTS.join(", ")}`);
  if (!name.trim())
    throw new UsageError("--print-config: NAME is empty; give the server's name as the host will show it (weather, my-server)");
  const tap = tapCommand();
  const tapArgs = [
    ...tap.args,
    ...(a.saveSession ? ["--save-session", a.saveSession] : []),
    ...(a.html ? ["--html", a.html] : []),
    ...a.watch.flatMap((w) => ["--watch", w]),
    ...(a.restartTimeout !== undefined ? ["--restart-timeout", String(a.restartTimeout)] : []),
    ...(a.serverUrl ? ["--server-url", a.serverUrl] : []),
    ...(a.bearerEnv ? ["--bearer-env", a.bearerEnv] : []),
    ...(a.command ? ["--", a.command, ...a.args] : []),
  ];
  const entry = hostEntry(host, name, tap.command, tapArgs);
  for (const w of warnings(host, name, a)) io.err(`warning: ${w}\n`);
  // stdout is the entry alone (pipe it into a file or jq); where it goes is said on stderr.
  io.err(`Merge this into ${entry.file}${entry.command ? `, or run: ${entry.command}` : ""}\n`);
  io.out(`${entry.toml ? inertToml(tomlStringify(entry.json)) : inertJson(JSON.stringify(entry.json, null, 2))}\n`);
  return 0;
}

/** What the host would refuse or read otherwise than the person meant, said before the entry. */
function warnings(host: NonNullable<ReturnType<typeof hostOf>>, name: string, a: TapArgs): string[] {
  const out: string[] = [];
  const rule = NAME_RULES[host];
  if (rule && !rule.allowed.test(name)) {
    const suggested = name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "server";
    out.push(`${host} refuses the name ${JSON.stringify(name)}: ${rule.says} (for example ${suggested})`);
  }
  // A host starts its servers in a working folder of its own (Claude Desktop: /, Cursor: /), so a
  // relative path names another file there, or none. The tap's own paths are paths whatever they hold.
  const own = [...a.watch, ...(a.saveSession ? [a.saveSession] : []), ...(a.html ? [a.html] : [])].filter((p) => !path.isAbsolute(p));
  const server = (a.command ? [a.command, ...a.args] : []).filter(relativePath);
  for (const p of new Set([...server, ...own]))
    out.push(
      `${JSON.stringify(p)} is a relative path, and the host starts the tap in a working folder of its own: give ${JSON.stringify(path.resolve(p))}`,
    );
  if (/[\\/]_npx[\\/]/.test(ROOT))
    out.push(`this copy runs from npx's cache (${ROOT}), which npm may clear: install the package and print the entry again`);
  return out;
}

/** A server's word that is a relative path: `./server.js`, `../x`, or one naming a file here (`server.js`, `dist/s.js`). */
function relativePath(word: string): boolean {
  if (/^\.\.?([\\/]|$)/.test(word)) return true;
  return !path.isAbsolute(word) && !word.startsWith("-") && !/^[a-z][a-z0-9+.-]*:/i.test(word) && existsSync(word);
}

/**
 * TOML as smol-toml writes it, with each character `visible` would escape written as a TOML
 * escape (`\uXXXX`, `\UXXXXXXXX`): the same data once parsed, no bidi control in the bytes, and
 * valid TOML after the terminal writer (which would make a raw U+202E `\u{202E}`, not TOML).
 */
function inertToml(toml: string): string {
  return replaceInvisible(toml, (c) => {
    if (c === "\n") return c;
    const cp = c.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) throw new UsageError("--print-config: a lone surrogate cannot be written in TOML");
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
  });
}
