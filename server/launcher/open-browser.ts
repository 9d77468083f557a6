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

/** What the inspector reads from its environment and no child of its own needs: the launch token, OAuth's secrets. */
export const INSPECTOR_SECRETS = ["INSPECTOR_TOKEN", "MCP_PROXY_AUTH_TOKEN", "MCP_ACCESS_TOKEN", "MCP_CLIENT_SECRET"] as const;

/** The opener's environment: ours without the inspector's secrets (a child's environment outlives our say over it). */
export function openerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  for (const name of INSPECTOR_SECRETS) delete rest[name];
  return rest;
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
