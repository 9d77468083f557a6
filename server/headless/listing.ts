import type { Engine } from "../engine";
import { asRecord } from "../../lib/json/shape";

const MAX_PAGES = 100;

export interface Listing {
  method: string;
  key: string;
  items: Array<Record<string, unknown>>;
  pages: number;
  problem?: string;
}

/** Follow nextCursor to the end (or to a repeated cursor, or a page cap). */
export async function listAll(engine: Engine, method: string, key: string): Promise<Listing> {
  const items: Array<Record<string, unknown>> = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 1; ; pages++) {
    const { result } = await engine.request(method, cursor ? { cursor } : {});
    const page = (result as Record<string, unknown>)[key];
    if (Array.isArray(page)) items.push(...(page as Array<Record<string, unknown>>));
    const next = asRecord(result).nextCursor;
    if (typeof next !== "string" || next === "") return { method, key, items, pages };
    if (seen.has(next))
      return { method, key, items, pages, problem: `nextCursor ${JSON.stringify(next)} repeats on page ${pages + 1}: listing stopped` };
    if (pages >= MAX_PAGES) return { method, key, items, pages, problem: `more than ${MAX_PAGES} pages: listing stopped` };
    seen.add(next);
    cursor = next;
  }
}
