import { spawn } from "node:child_process";

/** Best effort: open the page in the person's browser; a failure only prints a hint. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv): void {
  const custom = env.INSPECTOR_BROWSER ?? env.BROWSER;
  const [cmd, args] = custom
    ? [custom, [url]]
    : process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => process.stderr.write(`inspector: could not open a browser (${cmd}); open the URL above yourself\n`));
    child.unref();
  } catch {
    process.stderr.write("inspector: could not open a browser; open the URL above yourself\n");
  }
}
