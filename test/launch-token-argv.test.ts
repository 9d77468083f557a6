import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { runLauncher, type LauncherRun } from "./helpers/launcher";
import { waitFor } from "./helpers/targets";

/** The launch code of a page URL: its `#launch=` fragment. */
const launchCodeOf = (url: string) => /^#launch=([\w-]+)$/.exec(new URL(url).hash)![1];

// Issue 22 item 1: the launcher opened `xdg-open http://…/?token=…`, so any local user could read
// the token from the opener's command line (/proc/PID/cmdline) for as long as it ran.

const runs: LauncherRun[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
});

/** A "browser" that writes down what every local user could read of it: its argv, and its environment. */
function recordingBrowser(): { program: string; seen(): { argv: string[]; env: Record<string, string> } | undefined } {
  const dir = mkdtempSync(path.join(tmpdir(), "launch-token-"));
  const out = path.join(dir, "seen.json");
  const program = path.join(dir, "browser.mjs");
  // Written beside, then renamed: the test never reads half a file.
  const body = `writeFileSync(${JSON.stringify(out + ".part")}, JSON.stringify({ argv: process.argv.slice(2), env: process.env }));\nrenameSync(${JSON.stringify(out + ".part")}, ${JSON.stringify(out)});`;
  writeFileSync(program, `#!${process.execPath}\nimport { renameSync, writeFileSync } from "node:fs";\n${body}\n`);
  chmodSync(program, 0o755);
  return { program, seen: () => (existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : undefined) };
}

async function launchWithBrowser(env: Record<string, string> = {}) {
  const browser = recordingBrowser();
  const r = runLauncher(["--port", "0"], { INSPECTOR_BROWSER: browser.program, ...env });
  runs.push(r);
  const printed = await r.ready;
  const seen = await waitFor(browser.seen, 10_000, "the browser to be opened");
  return { r, printed, token: r.token(), seen };
}

const redeem = (origin: string, code: string) =>
  fetch(new URL("/launch", origin), { method: "POST", body: code, headers: { Origin: origin } });

describe("the URL handed to the browser opener", () => {
  test("holds no token, in argv or environment; its one-time code gets the page the token, once", async () => {
    const { r, printed, token, seen } = await launchWithBrowser();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.argv.join(" ")).not.toContain(token);
    expect(JSON.stringify(seen.env)).not.toContain(token);

    // The browser got the page with a launch code instead.
    expect(seen.argv).toHaveLength(1);
    const opened = new URL(seen.argv[0]);
    expect(opened.origin).toBe(new URL(printed).origin);
    // In the fragment (issue 75): no request carries it, so neither the server nor a service worker sees it.
    // The query holds only the run's own r= (red-team 8 #14: a URL no cache made before this run holds).
    expect([...opened.searchParams.keys()]).toEqual(["r"]);
    expect(opened.searchParams.get("r")).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const code = launchCodeOf(opened.href);

    // The page at that URL: its request carries no code (a fragment is not sent), so the browser's
    // cache keys it by a URL without one.
    const page = await fetch(opened);
    expect(page.status).toBe(200);
    expect(page.url).not.toContain(code);

    // The page trades the code for the token, which opens the API.
    const first = await redeem(opened.origin, code);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const { token: traded } = (await first.json()) as { token: string };
    expect(traded).toBe(token);
    const health = await fetch(new URL("/api/health", opened), { headers: { Authorization: `Bearer ${traded}` } });
    expect(health.status).toBe(200);

    // Read from argv afterwards, the code is worth nothing, and the person is told it was tried.
    const again = await redeem(opened.origin, code);
    expect(again.status).toBe(403);
    expect(await again.json()).not.toHaveProperty("token");
    await waitFor(() => /launch code was used a second time/.test(r.stderr()), 5_000, "the warning");
    // The printed URL carries a code of its own, not the token (issue 38 item 12).
    expect(printed).not.toContain(token);
    expect(launchCodeOf(printed)).not.toBe(code);
  });

  // Issue 38 item 12: the printed `?token=` URL stayed in the browser's profile (History, Session
  // Restore, Favicons). Its code is good once, however late (it is in no process's argv), and a
  // second tab opening it is refused without the "someone else" warning: that is the person.
  test("the printed URL's code gets the token once, late or not; used again it is refused quietly", async () => {
    let now = 0;
    const { LaunchCodes } = await import("../server/launcher/launch-code");
    const warnings: string[] = [];
    const codes = new LaunchCodes({ token: "T", now: () => now, warn: (m) => warnings.push(m) });
    const printedCode = codes.issue({ printed: true });
    const openerCode = codes.issue();
    now = 3_600_000;
    expect(codes.redeem(openerCode)).toHaveProperty("refused");
    expect(codes.redeem(printedCode)).toEqual({ token: "T" });
    expect(codes.redeem(printedCode)).toHaveProperty("refused");
    expect(warnings).toEqual([]);

    const { printed, token } = await launchWithBrowser();
    const origin = new URL(printed).origin;
    const code = launchCodeOf(printed);
    const first = await redeem(origin, code);
    expect(((await first.json()) as { token: string }).token).toBe(token);
    expect((await redeem(origin, code)).status).toBe(403);
  });

  test("a token given in the environment (INSPECTOR_TOKEN) is not passed on to the opener", async () => {
    const { token, seen } = await launchWithBrowser({ INSPECTOR_TOKEN: "fixed-token-from-env-0123456789" });
    expect(token).toBe("fixed-token-from-env-0123456789");
    expect(seen.argv.join(" ")).not.toContain(token);
    expect(JSON.stringify(seen.env)).not.toContain(token);
  });

  test("a guessed, empty, oversized or cross-origin code gets nothing; GET gets nothing", async () => {
    const { printed } = await launchWithBrowser();
    const origin = new URL(printed).origin;
    for (const code of ["nope", "", "x".repeat(10_000)]) {
      const res = await redeem(origin, code);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toMatch(/[0-9a-f]{64}/);
    }
    expect((await fetch(new URL("/launch", origin))).status).toBe(405);
    const foreign = await fetch(new URL("/launch", origin), { method: "POST", body: "x", headers: { Origin: "http://evil.example" } });
    expect(foreign.status).toBe(403);
  });
});
