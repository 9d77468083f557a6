import type { AppEntry, Entry } from "../../lib/record/format";
import { appMethodKeyOf } from "../../lib/record/app-entry-facts";

/** What the timeline reads of the store: its unfiltered rows. */
interface Rows {
  readonly count: number;
  at(i: number): Entry;
}

/**
 * The links of MCP Apps entries, kept as the record grows (each entry looked at once): an App
 * request's response, and both ends of an App call the host relayed to the server (the App's
 * request ↔ the inspector's request to the server). The record holds the link on the host's
 * response (`serverSeq`, `pair`), written when both seqs were known.
 */
export class AppLinks {
  private scanned = 0;
  private owner?: object;
  private readonly responseOf = new Map<number, number>();
  private readonly serverOfApp = new Map<number, number>();
  private readonly appOfServer = new Map<number, number>();
  private readonly methodSet = new Set<string>();
  private methodList: string[] = [];

  /** Look at the rows not seen yet; another store, or one that started over (fewer rows), starts this over too. */
  update(rows: Rows, owner: object): void {
    if (rows.count < this.scanned || owner !== this.owner) this.clear();
    this.owner = owner;
    for (let i = this.scanned; i < rows.count; i++) {
      const e = rows.at(i);
      if (e.kind === "app") this.note(e);
    }
    this.scanned = rows.count;
  }

  /** The response to the App request (or host request) with this seq. */
  appResponseOf(seq: number): number | undefined {
    return this.responseOf.get(seq);
  }

  /** The server request the App request with this seq became. */
  serverRequestOf(appRequestSeq: number): number | undefined {
    return this.serverOfApp.get(appRequestSeq);
  }

  /** The App request that made the inspector send the server request with this seq. */
  appCauseOf(serverSeq: number): number | undefined {
    return this.appOfServer.get(serverSeq);
  }

  /** The App methods seen, sorted (the timeline's method filter lists them with the server's). */
  methods(): readonly string[] {
    return this.methodList;
  }

  private note(e: AppEntry): void {
    if (e.pair) this.responseOf.set(e.pair.seq, e.seq);
    if (e.pair && e.serverSeq !== undefined) {
      this.serverOfApp.set(e.pair.seq, e.serverSeq);
      this.appOfServer.set(e.serverSeq, e.pair.seq);
    }
    const m = appMethodKeyOf(e);
    if (m && !this.methodSet.has(m) && m.length <= 200) {
      this.methodSet.add(m);
      this.methodList = [...this.methodSet].sort();
    }
  }

  private clear(): void {
    this.scanned = 0;
    this.responseOf.clear();
    this.serverOfApp.clear();
    this.appOfServer.clear();
    this.methodSet.clear();
    this.methodList = [];
  }
}

/** How an entry is linked across the App boundary: the server request an App request became, or the App request behind a server request. */
export interface AppLinkFacts {
  serverSeq?: number;
  appSeq?: number;
}

export function appLinkFacts(links: AppLinks, seq: number): AppLinkFacts | undefined {
  const serverSeq = links.serverRequestOf(seq);
  const appSeq = links.appCauseOf(seq);
  return serverSeq === undefined && appSeq === undefined ? undefined : { serverSeq, appSeq };
}
