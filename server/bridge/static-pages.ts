import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { PageHandler } from "./http-server";
import { PAGE_RUN, PAGE_RUN_PARAM, isThisRun, withRunQuery } from "./page-run";
import { inlineScriptHashes, pageCsp } from "./security-headers";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Files up to this size are read at once and sent whole (index.html is 8 KiB, 3 KiB gzipped). */
const ONE_TURN_BYTES = 64 * 1024;

/**
 * The page as the static files of Next.js's export (dist/page): no Next.js at run time. The
 * caller has already checked Host, Origin and token. Only GET and HEAD; a path resolves to a
 * file, `<path>.html` or `<path>/index.html` inside `dir`, never outside it. Every HTML file goes
 * out with `run` (page-run.ts) in its script and stylesheet URLs.
 */
export function staticPages(dir: string, run: string = PAGE_RUN): PageHandler {
  const root = path.resolve(dir);
  const html = new HtmlPages(run);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method not allowed");
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = resolveFile(root, url.pathname);
    if (!file) {
      const notFound = path.join(root, "404.html");
      return existsSync(notFound) ? html.send(req, res, 404, notFound) : send(req, res, 404, undefined, false);
    }
    if (file.endsWith(".html")) return html.send(req, res, 200, file);
    send(req, res, 200, file, isThisRun(url.searchParams, run));
  };
}

/** The file a URL path names, or undefined (missing, a folder, or outside `root`). */
export function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  for (const candidate of [base, base + ".html", path.join(base, "index.html")]) {
    if (!candidate.startsWith(root)) continue;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  // The package ships the page's scripts and the editor compressed only (scripts/build.mjs): the
  // name without .gz is still the file's name.
  return !base.endsWith(".gz") && existsSync(base + ".gz") ? base : undefined;
}

/** Whether the client takes gzip. */
function takesGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/** A file (not HTML) as stored; `thisRun`: its URL carries this run's query, so a hashed chunk may be kept for long. */
function send(req: IncomingMessage, res: ServerResponse, status: number, file: string | undefined, thisRun: boolean): void {
  if (!file) {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end("Not found");
    return;
  }
  // The build made a .gz beside each text file worth compressing (scripts/build.mjs), and kept
  // only the .gz of the big ones; a client that takes no gzip gets those decompressed here.
  const gz = file + ".gz";
  const onlyGz = !existsSync(file);
  const gzip = onlyGz || (takesGzip(req) && existsSync(gz));
  const inflate = onlyGz && !takesGzip(req);
  const { size, mtimeMs } = statSync(gzip ? gz : file);
  // Next's hashed chunks never change under one name, but only a URL with this run's query may be
  // kept for long (page-run.ts: a name without it is one an earlier server on the port could have
  // answered); everything else is revalidated on each load (the editor's 4 MiB then costs a 304).
  const immutable = thisRun && file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  const etag = `W/"${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}${gzip && !inflate ? "-gz" : ""}"`;
  // Every file gets the page's policy (a worker runs under its own script's).
  const csp = pageCsp(String(req.headers.host), []);
  // A URL that carries the launch token or a launch code is never stored (the browser's Cache keys entries by URL).
  const secretInUrl = /[?&](token|launch)=/.test(req.url ?? "");
  const cache = secretInUrl ? "no-store" : immutable ? "private, max-age=31536000, immutable" : "no-cache";
  const headers = { ETag: etag, Vary: "Accept-Encoding", "Cache-Control": cache, "Content-Security-Policy": csp };
  if (status === 200 && req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(status, {
    ...headers,
    ...(gzip && !inflate ? { "Content-Encoding": "gzip" } : {}),
    "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
    ...(inflate ? {} : { "Content-Length": size }),
  });
  if (req.method === "HEAD") return void res.end();
  // A small file goes out in the turn its request came in. A stream takes three more turns of
  // the event loop (open, read, end), and while the engine's half loads, each turn can wait
  // behind a module's evaluation: the page's first GET took 60 to 130 ms instead of 10 (issue 49).
  if (!inflate && size <= ONE_TURN_BYTES) return void res.end(readFileSync(gzip ? gz : file));
  const body = createReadStream(gzip ? gz : file).on("error", () => res.destroy());
  // zlib loads only for a client that takes no gzip (issue 63: not on the way to the first paint).
  if (inflate)
    void import("node:zlib").then(
      ({ createGunzip }) =>
        body
          .pipe(createGunzip())
          .on("error", () => res.destroy())
          .pipe(res),
      () => res.destroy(),
    );
  else body.pipe(res);
}

/** An HTML file as this run serves it: its URLs with the run's query, the hashes of its inline scripts. */
interface RunHtml {
  mtimeMs: number;
  body: Buffer;
  hashes: string[];
  /** The body gzipped, once made (after the first answer: not on the way to the first paint). */
  gz?: Buffer;
  gzipping?: boolean;
}

/**
 * The page's HTML files, rewritten for this run once per version of the file (page-run.ts). Sent
 * `no-store`: a copy the browser kept of `/` would come back in a later run on a 304 and name an
 * earlier run's query, which whoever held the port in between could have read from that copy and
 * answered in the cache.
 */
class HtmlPages {
  private readonly files = new Map<string, RunHtml>();

  constructor(private readonly run: string) {}

  send(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
    const page = this.read(file);
    const gzip = page.gz !== undefined && takesGzip(req);
    const body = gzip ? page.gz! : page.body;
    res.writeHead(status, {
      "Cache-Control": "no-store",
      Vary: "Accept-Encoding",
      // The page's policy lets in exactly its own inline scripts (as rewritten: the flight data names chunk URLs).
      "Content-Security-Policy": pageCsp(String(req.headers.host), page.hashes),
      "Content-Type": TYPES[".html"],
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      "Content-Length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
    // zlib loads once this answer is out (issue 63: not on the way to the first paint); later ones go gzipped.
    if (!page.gz) res.once("close", () => compressLater(page));
  }

  private read(file: string): RunHtml {
    const { mtimeMs } = statSync(file);
    const hit = this.files.get(file);
    if (hit?.mtimeMs === mtimeMs) return hit;
    const text = withRunQuery(readFileSync(file, "utf8"), `${PAGE_RUN_PARAM}=${this.run}`);
    const page: RunHtml = { mtimeMs, body: Buffer.from(text, "utf8"), hashes: inlineScriptHashes(text) };
    this.files.set(file, page);
    return page;
  }
}

/** Makes `page.gz` in the background; a failure leaves the page sent plain, and the next answer tries again. */
function compressLater(page: RunHtml): void {
  if (page.gz || page.gzipping) return;
  page.gzipping = true;
  const failed = () => void (page.gzipping = false);
  import("node:zlib").then(({ gzip }) => gzip(page.body, { level: 9 }, (e, out) => (e ? failed() : void (page.gz = out))), failed);
}
