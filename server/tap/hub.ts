import { randomBytes } from "node:crypto";
import type { PageHandler } from "../bridge/http-server";
import { newToken } from "../bridge/security";
import type { RecordStore } from "../record/store";
import { ensureHubDir, hubDirPath, pidAlive, readHubFile, removeHubFile, withHubLock, writeHubFile, type HubFile } from "./hub-dir";
import { joinHub, type HubLink } from "./hub-link";
import { VERSION_REFUSAL } from "../../lib/wire/hub";
import { startHub, type Hub } from "./hub-server";
import { takeEndedFile, writeEndedFile, type EndedSession } from "./hub-ended";
import type { TapPage } from "./page";
import type { TapSession } from "./tap-view";

/** Elections tried before the tap gives up on a hub (each a read of the hub file, a join or a listen). */
const MAX_ROUNDS = 40;
/** A hub that takes over tries the old port this long (the old hub may still be closing it). */
const SAME_PORT_MS = 1_000;

export interface HubMemberOptions {
  session: TapSession;
  record: RecordStore;
  /** The server as the person reads it (the page's list). */
  server: string;
  /** The page's port when this tap becomes the hub (--port; 0: any free one). */
  port: number;
  /** The page's token when this tap starts a hub (tests); a fresh one otherwise. */
  token?: string;
  pages?: PageHandler;
  /** The hub folder; hubDirPath() by default. */
  dir?: string;
  /** A line for the host's log (a takeover), and warnings. */
  say(text: string): void;
}

export interface HubMember {
  /** The page this tap shows its session on (its own hub's, or the one it joined); close() leaves it. */
  page: TapPage;
  /** The start line's words about the page. */
  line: string;
}

type Role = { kind: "hub"; hub: Hub; file: HubFile } | { kind: "member"; link: HubLink; file: HubFile };

/**
 * One page for the taps of this user (issue 65): the first tap to open a page is the hub; later
 * ones join it (hub-link.ts) and stream their session there. When the hub leaves, the others
 * elect a new one: the first to take the folder's lock listens on the old port (same token, so an
 * open page reconnects; on another port a new token, see listen) and writes the hub file; the rest
 * join it. Forwarding never waits on any of this: it all runs on the recording side, off the
 * host's path. Throws in words when the
 * folder is not this user's alone, or (EADDRINUSE) when --port is taken by something else.
 */
export async function startHubMember(o: HubMemberOptions): Promise<HubMember> {
  const dir = ensureHubDir(o.dir ?? hubDirPath());
  const key = `${process.pid}-${randomBytes(3).toString("hex")}`;
  let closing = false;
  let role = await elect({ port: o.port, token: o.token });

  async function elect(prefer: { port: number; token?: string }, lost?: HubFile): Promise<Role> {
    let lastWhy = "";
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const seen = readHubFile(dir);
      if (seen.file && usable(seen.file, lost)) {
        try {
          const link = await joinHub({ file: seen.file, key, server: o.server, session: o.session, record: o.record });
          return { kind: "member", link, file: seen.file };
        } catch (e) {
          lastWhy = (e as Error).message;
          // A hub of another version: it stays; this tap keeps a page of its own.
          if (lastWhy.startsWith(VERSION_REFUSAL)) throw e;
          // Refused, or nothing there: the file is stale (its hub died, or the port is another's).
        }
      }
      const won = await withHubLock(dir, async () => {
        const now = readHubFile(dir);
        // Another tap became the hub since we looked: join it next round.
        if (now.file && usable(now.file, lost) && !same(now.file, seen.file)) return undefined;
        const file: HubFile = {
          version: 1,
          pid: process.pid,
          port: 0,
          token: prefer.token ?? newToken(),
          secret: randomBytes(32).toString("hex"),
        };
        // The sessions the lost hub's page listed as ended (its own too) stay listed under this one;
        // a file a hub left with no tap to take it over is removed unread.
        const ended = takeEndedFile(dir);
        const hub = await listen(prefer.port, file, lost !== undefined, lost ? ended : []);
        file.port = hub.port;
        // A takeover is told to the host's log before the hub file names this tap: whoever reads
        // the file (a tap, the person, a test) finds a hub that has already said so (issue 76:
        // the file came first, and a reader between the two found a hub whose log was silent).
        if (lost) o.say(`took over the live page at ${hub.launchUrl()} (the tap that served it left)`);
        writeHubFile(dir, file);
        return { kind: "hub" as const, hub, file };
      });
      if (won?.value) return won.value;
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 50 + round * 10));
    }
    throw new Error(`no hub after ${MAX_ROUNDS} tries${lastWhy ? ` (${lastWhy})` : ""}`);
  }

  /** A hub file worth joining: another process's, alive, and not the hub that was just lost. */
  function usable(f: HubFile, lost?: HubFile): boolean {
    return f.pid !== process.pid && pidAlive(f.pid) && !(lost && same(f, lost));
  }

  async function listen(port: number, file: HubFile, takeover: boolean, ended: readonly EndedSession[]): Promise<Hub> {
    const local = { key, session: o.session, record: o.record, server: o.server };
    const start = (p: number) => startHub({ local, port: p, token: file.token, secret: file.secret, pages: o.pages, warn: o.say, ended });
    if (!takeover || port === 0) return start(port);
    // The old hub's port, so an open page finds the page again; the old hub may still be closing it.
    const until = Date.now() + SAME_PORT_MS;
    for (;;) {
      try {
        return await start(port);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
        if (Date.now() > until) {
          // Another port: a new token too (issue 75). An open page keeps asking the old port, which
          // anyone may take now; what it holds must open nothing here.
          file.token = newToken();
          return start(0);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  /** While a member: when the link goes and we are not leaving, elect again (this tap may become the hub). */
  function watch(r: Role): void {
    if (r.kind !== "member") return;
    void r.link.closed.then(async () => {
      if (closing || role !== r) return;
      try {
        role = await elect({ port: r.file.port, token: r.file.token }, r.file);
        // The host went meanwhile: leave what was just won.
        if (closing) return void (await leave(role));
        watch(role);
      } catch (e) {
        o.say(`the live page was lost: ${(e as Error).message}; forwarding goes on`);
      }
    });
  }
  watch(role);

  async function leave(r: Role): Promise<void> {
    if (r.kind === "hub") {
      // The ended sessions go to whoever takes the page over (written before the taps can elect one).
      if (r.hub.hasLiveMember()) {
        try {
          writeEndedFile(dir, r.hub.ended());
        } catch (e) {
          o.say(`the page's ended sessions are not handed over: ${(e as Error).message}`);
        }
      }
      // The file goes first: the taps that lose their link then find no hub here, and elect one.
      removeHubFile(dir);
      await r.hub.close();
    } else r.link.close();
  }

  const first = role;
  const page: TapPage = {
    get url() {
      return role.kind === "hub" ? role.hub.url : `http://127.0.0.1:${role.file.port}`;
    },
    get port() {
      return role.kind === "hub" ? role.hub.port : role.file.port;
    },
    get token() {
      return role.file.token;
    },
    launchUrl: first.kind === "hub" ? first.hub.launchUrl() : first.link.launchUrl,
    async close() {
      closing = true;
      await leave(role);
    },
  };
  const line =
    first.kind === "hub"
      ? `live page at ${page.launchUrl} (the link works once; open it in your browser; other taps join this page)`
      : `live page at ${page.launchUrl} (joined the page of the tap pid ${first.link.hubPid}; the link works once; open it in your browser)`;
  return { page, line };
}

function same(a: HubFile, b: HubFile | undefined): boolean {
  return b !== undefined && a.pid === b.pid && a.port === b.port && a.secret === b.secret;
}
