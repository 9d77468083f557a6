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
  /**
   * One page for this user's taps (the command's default; --no-hub: false): the first tap serves
   * it, later ones join it (hub.ts). Absent or false: a page of its own, on `port`.
   */
  hub?: boolean;
  /** The hub folder (tests); hub-dir.ts's hubDirPath() otherwise. */
  hubDir?: string;
}

/**
 * Start a tap's page beside forwarding: the session view, then the page's server (its modules
 * load here, after forwarding started), or a place on the hub's page. A port that is taken, or a
 * page that cannot start, leaves the tap forwarding without a page: `line` says so, for the
 * tap's one start line.
 */
export async function openTapPage(
  req: TapPageRequest,
  o: TapSessionOptions & { warn(text: string): void },
): Promise<{ session: TapSession; page?: TapPage; line: string }> {
  const [{ TapSession }, { startTapPage }] = await Promise.all([import("./tap-view"), import("./page")]);
  const session = new TapSession(o);
  let noHub = "";
  if (req.hub) {
    try {
      const { startHubMember } = await import("./hub");
      const m = await startHubMember({
        session,
        record: o.record,
        server: o.server,
        port: req.port,
        token: req.token,
        pages: req.pages,
        dir: req.hubDir,
        say: o.warn,
      });
      return { session, page: m.page, line: m.line };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EADDRINUSE")
        return { session, line: `no live page: ${inUse(req.port)}; forwarding goes on` };
      noHub = `no shared page (${(e as Error).message}); `;
    }
  }
  try {
    const page = await startTapPage({ session, record: o.record, port: req.port, token: req.token, pages: req.pages, warn: o.warn });
    return { session, page, line: `${noHub}live page at ${page.launchUrl} (the link works once; open it in your browser)` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EADDRINUSE" ? inUse(req.port) : (e as Error).message;
    return { session, line: `${noHub}no live page: ${why}; forwarding goes on` };
  }
}

function inUse(port: number): string {
  return `port ${port} is in use (pass --port N, or --port 0 for any free one)`;
}
