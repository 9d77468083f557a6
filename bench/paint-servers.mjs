// The two bare servers figure 2 paints from (bench/figures/cold-start.ts) and
// bench/first-paint-steps.mjs steps through: each a `node -e` script that prints "listening <port>".
/** Figure 2's floor: node start, listen, serve a few bytes of HTML. */
export const staticServer = () =>
  `require("http").createServer((q, s) => { s.writeHead(200, { "Content-Type": "text/html" }); s.end("<!doctype html><title>x</title><h1>MCP Inspector</h1>"); }).listen(0, "127.0.0.1", function () { console.log("listening " + this.address().port); });`;
/**
 * The page's own cost (issue 93, figure 2's judged paint): dist/page as it is from a bare node http
 * server, its .gz beside a file sent when there is one, and nothing else (no launcher, no target).
 */
export const pageBareServer = (dir) => `const http = require("http"), fs = require("fs"), path = require("path");
const dir = ${JSON.stringify(dir)};
const types = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".html": "text/html; charset=utf-8" };
http.createServer((q, s) => {
  let p = decodeURIComponent(new URL(q.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const f = path.join(dir, path.normalize(p));
  if (!f.startsWith(dir + path.sep)) return s.writeHead(404), s.end();
  const type = types[path.extname(f)] ?? "application/octet-stream";
  if (fs.existsSync(f + ".gz")) return s.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip" }), s.end(fs.readFileSync(f + ".gz"));
  if (fs.existsSync(f)) return s.writeHead(200, { "Content-Type": type }), s.end(fs.readFileSync(f));
  s.writeHead(404), s.end();
}).listen(0, "127.0.0.1", function () { console.log("listening " + this.address().port); });`;
