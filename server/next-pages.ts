import { existsSync } from "node:fs";
import path from "node:path";
import type { PageHandler } from "./bridge/http-server";

/**
 * The production Next.js build, served by our own HTTP server. Loaded once, lazily, so the
 * backend and the target connection come up while Next prepares (about 0.6 s).
 */
export function nextPages(dir: string): () => Promise<PageHandler> {
  let loading: Promise<PageHandler> | undefined;
  return () =>
    (loading ??= (async () => {
      if (!existsSync(path.join(dir, ".next", "BUILD_ID"))) {
        throw new Error("the page is not built: run `npm run build` in " + dir);
      }
      process.env.NEXT_TELEMETRY_DISABLED = "1";
      const { default: next } = await import("next");
      const app = next({ dev: false, dir, quiet: true });
      await app.prepare();
      const handle = app.getRequestHandler();
      return (req, res) => handle(req, res);
    })());
}
