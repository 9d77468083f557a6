// The inspector's backend on its own, as a separate process (as the launcher runs it), with a
// stub page: the benchmarks that measure the socket path drive it from another process, like
// a browser would. Prints one JSON line { port, token, pid } when it listens; SIGTERM stops it.
import { startInspector } from "../server/launcher/inspector";

const inspector = await startInspector({
  port: 0,
  pages: (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end("<!doctype html><title>bench stub page</title>");
  },
});
process.stdout.write(JSON.stringify({ port: inspector.port, token: inspector.token, pid: process.pid }) + "\n");
const bye = () => void inspector.close().then(() => process.exit(0));
process.once("SIGTERM", bye);
process.once("SIGINT", bye);
