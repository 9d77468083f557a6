import type { PageHandler } from "../bridge/http-server";
import type { TapPage } from "./page";
import type { TapSession, TapSessionOptions } from "./tap-view";

/** The live page a tap serves: its port, and (tests) the token and the page's files. */
export interface TapPageRequest {
  port: number;
  token?: string;
  pages?: PageHandler;
  /** The page is up (tests open it). */
  onPage?(page: TapPage): void;
}

/**
 * Start a tap's page beside forwarding: the session view, then the page's server (its modules
 * load here, after forwarding started). A port that is taken, or a page that cannot start, leaves
 * the tap forwarding without a page: `line` says so, for the tap's one start line.
 */
export async function openTapPage(
  req: TapPageRequest,
  o: TapSessionOptions & { warn(text: string): void },
): Promise<{ session: TapSession; page?: TapPage; line: string }> {
  const [{ TapSession }, { startTapPage }] = await Promise.all([import("./tap-view"), import("./page")]);
  const session = new TapSession(o);
  try {
    const page = await startTapPage({ session, record: o.record, port: req.port, token: req.token, pages: req.pages, warn: o.warn });
    return { session, page, line: `live page at ${page.launchUrl} (the link works once; open it in your browser)` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? `port ${req.port} is in use (pass --port N, or --port 0 for any free one)` : (e as Error).message;
    return { session, line: `no live page: ${why}; forwarding goes on` };
  }
}
