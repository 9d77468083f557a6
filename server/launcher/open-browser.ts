import { spawn } from "node:child_process";
import { visible } from "../../lib/text/visible";

/**
 * The program and arguments that open `url` on this platform. On Windows not `cmd /c start`:
 * cmd would read the `&` of `?launch=…&session=opened` as a command separator and run the rest as
 * a command; rundll32's URL handler takes the URL as one argument, no shell in between.
 */
export function browserCommand(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]] {
  const custom = env.INSPECTOR_BROWSER ?? env.BROWSER;
  if (custom) return [custom, [url]];
  if (platform === "darwin") return ["open", [url]];
  if (platform === "win32") return ["rundll32", ["url.dll,FileProtocolHandler", url]];
  return ["xdg-open", [url]];
}

/**
 * Why `url` must not be handed to the OS's opener, or undefined when it may: only http(s) is a
 * web page. Anything else (file:, javascript:, a custom scheme's handler) lets whoever chose the
 * URL — an authorization server's metadata, say — pick what runs or what is shown (CVE-2025-6514).
 */
export function openRefusal(url: string): string | undefined {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return "it is not a URL";
  }
  return scheme === "http:" || scheme === "https:" ? undefined : `its scheme is ${visible(scheme)} and only http: and https: are opened`;
}

/**
 * The variables a browser opener needs to find the person's desktop and browser (xdg-open reads
 * BROWSER, XDG_* and the desktop's own; Windows' rundll32 SystemRoot and the profile folders).
 * Nothing else passes: the inspector's environment holds model keys (ANTHROPIC_API_KEY,
 * OPENAI_API_KEY), its token and whatever the person exported, and a browser outlives us.
 */
const OPENER_NAMES = new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TMP",
  "TEMP",
  "DISPLAY",
  "XAUTHORITY",
  "BROWSER",
  "DESKTOP_SESSION",
  "DBUS_SESSION_BUS_ADDRESS",
  "__CF_USER_TEXT_ENCODING",
  "SystemRoot",
  "SYSTEMROOT",
  "windir",
  "WINDIR",
  "COMSPEC",
  "ComSpec",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "HOMEDRIVE",
  "HOMEPATH",
  "ProgramFiles",
  "ProgramFiles(x86)",
  "PROGRAMFILES",
]);
/** Families of desktop variables: XDG_RUNTIME_DIR, LC_ALL, WAYLAND_DISPLAY, KDE_FULL_SESSION, GNOME_DESKTOP_SESSION_ID. */
const OPENER_PREFIXES = ["XDG_", "LC_", "WAYLAND_", "KDE_", "GNOME_", "GTK_", "QT_"];
/** A name that says its value is a secret, even inside an allowed family (QT_ACCESS_TOKEN, say). */
const SECRET_NAME = /key|token|secret|passw|credential|auth|cookie|session_?id/i;

/**
 * The opener's environment: only the variables a desktop needs to open a browser (an allow-list,
 * so a model key, the launch token or anything the person exported never reaches a process that
 * outlives our say over it); in the families, none named like a secret.
 */
export function openerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const family = OPENER_PREFIXES.some((p) => name.startsWith(p)) && !SECRET_NAME.test(name);
    if (OPENER_NAMES.has(name) || family) out[name] = value;
  }
  return out;
}

/**
 * Best effort: open an http(s) page in the person's browser; a failure only prints a hint, and
 * any other URL is refused with its reason (a second line of defence behind each caller's check).
 * The URL lands in the opener's argv, which every local user can read: it must hold no secret
 * that outlives its first use (the page gets a one-time launch code, see launch-code.ts).
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): boolean {
  const refusal = openRefusal(url);
  if (refusal) {
    process.stderr.write(`inspector: not opening ${visible(url)}: ${refusal}\n`);
    return false;
  }
  const [cmd, args] = browserCommand(url, process.platform, env);
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true, env: openerEnv(env) });
    child.on("error", () => process.stderr.write(`inspector: could not open a browser (${cmd}); open the URL above yourself\n`));
    child.unref();
    return true;
  } catch {
    process.stderr.write("inspector: could not open a browser; open the URL above yourself\n");
    return false;
  }
}
