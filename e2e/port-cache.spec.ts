import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { expect, repoPath, test } from "./inspector";

// Red-team 8 #14: whoever served the page's port once (another account, between two runs) answers
// `/` and every script and stylesheet name the package ships with a long max-age. The browser keeps
// them under the origin http://127.0.0.1:PORT; a later run's launch link on that port must run none
// of them, or the cached script reads `#launch=` and trades the code from the person's own browser.
// Fixed by a query of the run's own on every URL the page loads (server/bridge/page-run.ts).
const PAGE = repoPath("dist/page");
const SQUATTER_HEADER = "x-squatter";

/** Every file name under dist/page a browser could run or style with, as its URL (the build ships scripts as .gz only). */
function shippedAssetUrls(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const names = walk(PAGE)
    .map((f) => "/" + path.relative(PAGE, f).split(path.sep).join("/").replace(/\.gz$/, ""))
    .filter((u) => /\.(js|css)$/.test(u));
  return [...new Set(names)];
}

/** A server that answers every URL with a script or a stylesheet of its own, kept for an hour, and `/` with a page that loads them all. */
function squatter(urls: readonly string[]): Server {
  return createServer((req, res) => {
    const long = { "cache-control": "public, max-age=3600", [SQUATTER_HEADER]: "1" };
    if (req.url === "/" || req.url === "/index.html") {
      const tags = urls.map((u) => (u.endsWith(".css") ? `<link rel="stylesheet" href="${u}">` : `<script src="${u}"></script>`));
      return void res.writeHead(200, { ...long, "content-type": "text/html" }).end(`<!doctype html>${tags.join("")}`);
    }
    if (req.url?.endsWith(".css")) return void res.writeHead(200, { ...long, "content-type": "text/css" }).end("html{display:none}");
    const evil = `if (self.document) document.title = "pwned " + location.hash;`;
    res.writeHead(200, { ...long, "content-type": "text/javascript" }).end(evil);
  });
}

test("what another process served on the page's port, cached for long, does not run in a later run's launched page, lazy chunks and the editor included", async ({
  context,
}) => {
  const urls = shippedAssetUrls();
  // The page's lazy chunks: named by no tag of index.html, loaded by Turbopack's runtime when a feature needs them.
  const html = readFileSync(path.join(PAGE, "index.html"), "utf8");
  const lazy = urls.filter((u) => u.startsWith("/_next/static/chunks/") && u.endsWith(".js") && !html.includes(u));
  expect(lazy.length).toBeGreaterThan(0);
  expect(urls).toContain("/monaco/json.worker.js");

  const evil = squatter(urls);
  await new Promise<void>((r) => evil.listen(0, "127.0.0.1", r));
  const port = (evil.address() as { port: number }).port;
  const cached = new Set<string>();
  const squatted = await context.newPage();
  squatted.on("response", (r) => r.headers()[SQUATTER_HEADER] && cached.add(new URL(r.url()).pathname));
  await squatted.goto(`http://127.0.0.1:${port}/`);
  await expect(squatted).toHaveTitle(/^pwned/);
  await expect.poll(() => urls.filter((u) => !cached.has(u))).toEqual([]);
  await squatted.close();
  await new Promise((r) => evil.close(r));
  evil.closeAllConnections();

  // The later run, on the same port: a server with a skill (its verification is a lazy chunk).
  const child = spawn(
    process.execPath,
    [
      repoPath("bin/inspector.mjs"),
      "--no-open",
      "--port",
      String(port),
      // The page's port is one the kernel handed out, so the two beside it (the sandbox's and the
      // agent's by default) may be another test's sockets: the likely cause of a run that exited 1
      // with nothing on stdout (its stderr was not kept then).
      "--sandbox-port",
      "0",
      "--agent-port",
      "0",
      "-e",
      "SKILLS_MODE=good",
      process.execPath,
      repoPath("test/fixtures/skills-server.mjs"),
    ],
    { cwd: repoPath("."), stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    let out = "";
    let err = "";
    // What it said on stderr too: why it exited, if it did.
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /is up at (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`the inspector exited (${code}):\n${out}\nstderr:\n${err}`)));
    });
    // What the page got from the browser's cache carries the squatter's header; what it got from this run does not.
    const fromSquatter: string[] = [];
    const fromRun: string[] = [];
    context.on("response", (r) => (r.headers()[SQUATTER_HEADER] ? fromSquatter : fromRun).push(new URL(r.url()).pathname));
    /** Waits until `ready`; a response from the squatter's copies fails it, named (a cached script shows nothing to wait for). */
    const fresh = (ready: () => Promise<boolean>) =>
      expect.poll(async () => (fromSquatter.length ? fromSquatter : await ready())).toBe(true);
    // A tab of its own, as the launcher's opener or a click on the printed link opens it.
    const page = await context.newPage();
    await page.goto(url);
    // The page's scripts ran by its load event (goto waits for it): none may be the cached ones.
    expect(fromSquatter).toEqual([]);
    expect(await page.title()).not.toMatch(/^pwned/);
    // The launch code was traded by this run's script: the page is in, on the server's session.
    await fresh(
      async () =>
        (await page
          .getByTestId("server-name")
          .textContent({ timeout: 1000 })
          .catch(() => "")) === "skills-fixture",
    );
    await page.getByRole("tab", { name: "Skills" }).click();
    await page.getByTestId("skill-skill://fixture/pdf-tools/SKILL.md").click();
    const outcome = page.getByRole("article", { name: "Skill pdf-tools" }).getByTestId("skill-outcome");
    await fresh(async () => /^Verified/.test((await outcome.textContent({ timeout: 1000 }).catch(() => "")) ?? ""));
    // The editor and its workers (the JSON one checks the request it shows).
    await page.getByRole("tab", { name: "Raw", exact: true }).click();
    const editorFiles = ["/monaco/editor.js", "/monaco/json.worker.js", "/monaco/editor.worker.js"];
    await fresh(async () => (await page.locator(".monaco-editor").isVisible()) && editorFiles.every((f) => fromRun.includes(f)));

    expect(fromSquatter).toEqual([]);
    // The lazy chunk came from this run.
    expect(fromRun.filter((p) => lazy.includes(p)).length).toBeGreaterThan(0);
    // A reload of the launched page still gets in (its address keeps the run's query, not the spent code).
    expect(new URL(page.url()).hash).toBe("");
    await page.reload();
    await expect(page.getByTestId("server-name")).toHaveText("skills-fixture");
    expect(fromSquatter).toEqual([]);

    // The squatter's copies are still in the cache (the plain address, which carries no launch code,
    // is answered by them): what kept them out of the launched page is the run's query.
    const plain = await context.newPage();
    await plain.goto(`http://127.0.0.1:${port}/`);
    await expect(plain).toHaveTitle(/^pwned/);
  } finally {
    child.kill("SIGKILL");
  }
});
