import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import type { SessionFile } from "../../../lib/session/file";
import { splitShellWords } from "../../../lib/target/shell-words";
import { OfferedCapabilitiesSchema, type OfferedCapabilities, type Target } from "../../../lib/target/target";
import {
  diffExitCode,
  diffSurfaces,
  formatDiffJson,
  formatDiffJunit,
  formatDiffText,
  surfaceFromSession,
  type FailOn,
  type Surface,
} from "../../../lib/surface";
import { visible } from "../../../lib/text/visible";
import type { Io } from "../command";
import { loadSessionFile } from "../../record/session-loader";
import { liveSurface } from "../../headless/live-surface";

/** One side of a diff: a recording, or a target to connect to and list. */
export type DiffSide = { kind: "session"; file: string } | { kind: "target"; target: Target; label?: string };

export interface DiffOptions {
  /** The old version: a DiffSide, or an argument as typed (see `parseDiffSide`). */
  a: DiffSide | string;
  /** The new version. */
  b: DiffSide | string;
  format?: "text" | "json" | "junit";
  /** `breaking` (default): exit 1 on a breaking change; `any`: on any change. */
  failOn?: FailOn;
  /** Env for targets given as strings (a command's server gets only this, as with `-e`). */
  env?: Record<string, string>;
  /** Headers for targets given as URL strings. */
  headers?: Record<string, string>;
}

/**
 * An argument as typed: an http(s) URL is a Streamable HTTP target; an existing file is a
 * recording when it reads as one (a `.json` name, or JSON text: its first character is `{`),
 * else a one-word command when it is executable (`diff ./server "./server --mutant x"`, as the
 * help says); anything else is a command line (split like a shell would, no expansion).
 */
export function parseDiffSide(
  arg: string,
  opts: { env?: Record<string, string>; headers?: Record<string, string> } = {},
): DiffSide | { error: string } {
  if (/^https?:\/\//i.test(arg))
    return { kind: "target", target: { transport: "http", url: arg, headers: { ...opts.headers } }, label: arg };
  const stdio = (command: string, args: string[]): DiffSide => ({
    kind: "target",
    target: { transport: "stdio", command, args, env: { ...opts.env } },
    label: arg,
  });
  // Only a journal (a tap killed before it wrote FILE: issue 90 item 4): a recording, made whole when read.
  if (!existsSync(arg) && /\.json$/i.test(arg) && existsSync(`${arg}.journal`)) return { kind: "session", file: arg };
  if (existsSync(arg) && statSync(arg).isFile()) {
    const file = fileSide(arg);
    if (file === "session") return { kind: "session", file: arg };
    if (file === "command") return stdio(arg, []);
    return {
      error: `${arg} is neither a session file (it is not JSON) nor a command (it is not executable): to run a script, name its interpreter ("node ${arg}")`,
    };
  }
  const words = splitShellWords(arg);
  if (!words.ok) return { error: `${JSON.stringify(arg)}: ${words.message}` };
  if (!words.args.length) return { error: "an empty argument is neither a file nor a command" };
  if (words.args.length === 1 && /\.json$/i.test(arg)) return { error: `no such file: ${arg}` };
  const [command, ...args] = words.args;
  return stdio(command, args);
}

/** What an existing file is to diff: a recording (a .json name or JSON text), an executable to run, or neither. */
function fileSide(file: string): "session" | "command" | "neither" {
  if (/\.json$/i.test(file) || firstCharacter(file) === "{") return "session";
  const executable = process.platform === "win32" ? /\.(exe|cmd|bat|com)$/i.test(file) : (statSync(file).mode & 0o111) !== 0;
  return executable ? "command" : "neither";
}

/** The file's first character that is not whitespace (or a byte-order mark), from its first 512 bytes. */
function firstCharacter(file: string): string {
  const head = Buffer.alloc(512);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const n = readSync(fd, head, 0, head.length, 0);
    return head
      .subarray(0, n)
      .toString("utf8")
      .replace(/^[\s\uFEFF]+/, "")
      .charAt(0);
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `inspector diff A B`: what changed between two versions of a server. Each side is a recording
 * or a live target; prints text, JSON or JUnit on stdout. Exit 0 when nothing fails (see
 * `failOn`), 1 when something does, 2 when a side cannot be read or reached (nothing printed
 * on stdout then). Sides of different transports are compared: the surface does not depend on
 * the transport.
 */
export async function runDiff(opts: DiffOptions, io: Io): Promise<number> {
  const sides: DiffSide[] = [];
  for (const s of [opts.a, opts.b]) {
    const side = typeof s === "string" ? parseDiffSide(s, opts) : s;
    if ("error" in side) return (io.err(`inspector: diff: ${visible(side.error)}`), 2);
    sides.push(side);
  }
  const sessions: Array<SessionFile | undefined> = [];
  for (const side of sides) {
    if (side.kind !== "session") {
      sessions.push(undefined);
      continue;
    }
    const loaded = loadSessionFile(side.file);
    if (!loaded.ok) return (io.err(`inspector: diff: ${loaded.message}`), 2);
    if (loaded.note) io.err(`inspector: diff: ${loaded.note}`);
    sessions.push(loaded.session);
  }
  const surfaces: Surface[] = [];
  for (const [i, side] of sides.entries()) {
    const other = sessions[1 - i];
    const got =
      side.kind === "session"
        ? surfaceFromSession(sessions[i]!, side.file)
        : await liveSurface(side.target, capabilitiesFor(other), side.label);
    if (!got.ok) return (io.err(`inspector: diff: ${side.kind === "session" ? `${visible(side.file)}: ` : ""}${visible(got.message)}`), 2);
    surfaces.push(got.surface);
  }
  const diff = diffSurfaces(surfaces[0], surfaces[1]);
  const failOn = opts.failOn ?? "breaking";
  const text =
    opts.format === "json" ? formatDiffJson(diff) : opts.format === "junit" ? formatDiffJunit(diff, failOn) : formatDiffText(diff);
  io.out(text.replace(/\n$/, ""));
  return diffExitCode(diff, failOn);
}

/**
 * A live side offers what the recording on the other side offered, so both see the server as
 * the same client would; two live sides offer the inspector's defaults.
 */
function capabilitiesFor(other: SessionFile | undefined): OfferedCapabilities {
  return other?.capabilities ?? OfferedCapabilitiesSchema.parse({});
}
