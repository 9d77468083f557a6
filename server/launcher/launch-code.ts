import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageHandler } from "../bridge/http-server";
import { PAGE_RUN_QUERY } from "../bridge/page-run";
import { tokenMatches } from "../bridge/security";
import { ownersNamed, socketOwnerUid } from "../peer-uid";

/** Where the page trades a launch code for the token (client/token.ts posts to the same path). */
export const LAUNCH_PATH = "/launch";
/** The page URL's fragment parameter that carries a launch code (client/token.ts reads the same name). */
export const LAUNCH_PARAM = "launch";

/**
 * The page's link with a launch code: `origin/?r=RUN&query#launch=CODE`. The code rides in the
 * fragment (issue 75): a browser sends no fragment in the request, so neither the server that
 * answers the port nor a service worker on the origin (one left there by whoever held the port
 * before) sees it in the navigation; only the page's own script reads it. `r=RUN` is this process's
 * own (bridge/page-run.ts): no copy an earlier server on the port left in the browser's cache
 * answers this URL, so the script that reads the fragment is this run's.
 */
export function launchLink(origin: string, code: string, query = ""): string {
  return `${origin}/?${PAGE_RUN_QUERY}${query ? `&${query}` : ""}#${LAUNCH_PARAM}=${code}`;
}
/** The printed line that carries the token (`<label>: <token>`, no colon in the label), after the `is up at` URL; scripts read it. */
export const ACCESS_TOKEN_LABEL = "Access token (a second tab asks for it; scripts send it as a Bearer token)";
/** How long a code not yet used stays good: a browser starts in seconds; a code left lying about must die soon. */
export const LAUNCH_CODE_TTL_MS = 60_000;

export interface LaunchCodeOptions {
  token: string;
  ttlMs?: number;
  now?: () => number;
  /** Something the person should know (a code used twice, another user's attempt). */
  warn(message: string): void;
  /** The uid that owns a connection's client end, when the OS tells (Linux); undefined otherwise. */
  peerUid?: (req: IncomingMessage) => number | undefined;
  /** This process's uid (undefined on Windows). */
  ownUid?: number;
}

/**
 * One-time launch codes, so that the URL the launcher hands to the browser opener never holds
 * the token. Why a code and not Jupyter's redirect file: xdg-open, `open` and rundll32 put their
 * argument in argv, readable by every local user (/proc/PID/cmdline) for as long as they run, so
 * the token must not be there; but a file:// redirect page does not load in the browsers that
 * Ubuntu ships as snaps (Chromium, Firefox): a snap has its own /tmp and may read neither hidden
 * folders of $HOME nor /run/user (jupyter/notebook#5479, #4500). An http://127.0.0.1 URL loads in
 * every browser. The code in it works once and for LAUNCH_CODE_TTL_MS; what the browser keeps of
 * the URL (History, Sessions, Cache) is a spent code. The race (another user reads the code from
 * argv and spends it first) is closed on Linux, where that user could read argv: the kernel names
 * the owner of the connection's other end, and only this user's processes may spend it. A code
 * someone else spent shows as a refusal in the person's page and a warning here.
 */
export class LaunchCodes {
  private readonly live = new Map<string, number>();
  private readonly spent = new Set<string>();
  /** Codes in the printed link: in no argv, so a second use is the person's own second tab, not a warning. */
  private readonly printed = new Set<string>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: LaunchCodeOptions) {
    this.ttlMs = opts.ttlMs ?? LAUNCH_CODE_TTL_MS;
    this.now = opts.now ?? Date.now;
  }

  /**
   * A fresh code, good once until the TTL runs out. `printed`: the code of the URL the launcher
   * prints on the person's terminal, read by no other process, so it is good until used (a person
   * may click it minutes later); the browser still keeps only a spent code (issue 38 item 12: a
   * printed `?token=` URL stayed in the profile's History, Session Restore and Favicons).
   */
  issue(opts: { printed?: boolean } = {}): string {
    const code = randomBytes(24).toString("base64url");
    this.live.set(code, opts.printed ? Infinity : this.now() + this.ttlMs);
    if (opts.printed) this.printed.add(code);
    return code;
  }

  /** The token for a live code (and the code is spent), or why not. */
  redeem(code: string, uid?: number): { token: string } | { refused: string } {
    if (uid !== undefined && this.opts.ownUid !== undefined && uid !== this.opts.ownUid) {
      this.opts.warn(`a process of another user (uid ${uid}) tried to use the browser's launch code: refused`);
      return { refused: "this launch code belongs to another user" };
    }
    const entry = [...this.live].find(([c]) => tokenMatches(code, c));
    if (entry) {
      this.live.delete(entry[0]);
      if (entry[1] >= this.now()) {
        this.spent.add(entry[0]);
        return { token: this.opts.token };
      }
    } else if ([...this.spent].some((c) => tokenMatches(code, c) && !this.printed.has(c))) {
      this.opts.warn(
        "the browser's launch code was used a second time: if you did not reload that tab, someone else on this machine may have used it first; stop the inspector (Ctrl-C)",
      );
    }
    return { refused: "this launch link was already used or has expired: paste the access token the launcher printed" };
  }

  /** The page handler, with POST LAUNCH_PATH (body: the code) answered before it. */
  wrap(pages: PageHandler): PageHandler {
    return async (req, res) => {
      if (new URL(req.url ?? "/", "http://localhost").pathname !== LAUNCH_PATH) return pages(req, res);
      if (req.method !== "POST") return reply(res, 405, { error: "POST the launch code" });
      const code = await readSmall(req, 256);
      const uid = (this.opts.peerUid ?? socketOwnerUid)(req);
      // An owner the OS does not name (the connection closed, a time-wait row) is refused as another's would be (issue 88).
      const result =
        code === undefined
          ? { refused: "not a launch code" }
          : uid === undefined && this.opts.ownUid !== undefined && ownersNamed()
            ? { refused: "the OS names no owner of this connection: open the launch link again" }
            : this.redeem(code.trim(), uid);
      // The server's own port goes with the token: the page checks later proofs against it (lib/wire/proof.ts),
      // also where it reaches this server by another port (a container's or an editor's port forward).
      reply(res, "token" in result ? 200 : 403, "token" in result ? { ...result, port: req.socket.localPort } : { error: result.refused });
    };
  }
}

// The token travels in this body: never stored by a cache (the page sits under 127.0.0.1, shared by every port).
function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
}

/** The request body as text, or undefined past `max` bytes. */
function readSmall(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is drained unread, so the refusal can still be answered.
    req.on("data", (d: Buffer) => {
      size += d.length;
      if (size <= max) chunks.push(d);
    });
    req.on("end", () => resolve(size <= max ? Buffer.concat(chunks).toString("utf8") : undefined));
    req.on("error", () => resolve(undefined));
  });
}
