import type { Engine } from "../engine";
import type { ProbeResult } from "./result";

const MAX_PAGES = 100;
const SPEC_PAGINATION = "https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/pagination";

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
    const next = (result as { nextCursor?: unknown }).nextCursor;
    if (typeof next !== "string" || next === "") return { method, key, items, pages };
    if (seen.has(next)) return { method, key, items, pages, problem: `nextCursor ${JSON.stringify(next)} repeats on page ${pages + 1}: listing stopped` };
    if (pages >= MAX_PAGES) return { method, key, items, pages, problem: `more than ${MAX_PAGES} pages: listing stopped` };
    seen.add(next);
    cursor = next;
  }
}

/** The identity of a listed item: tools and prompts by name, resources by uri, templates by uriTemplate. */
function identity(item: Record<string, unknown>): string {
  return String(item.name ?? item.uri ?? item.uriTemplate ?? JSON.stringify(item));
}

/** A second full listing must give the same items, and no item may appear twice. */
export function consistencyProbe(first: Listing, second: Listing): ProbeResult {
  const id = `list-consistent/${first.key}`;
  const title = `${first.method} is consistent across pages and listings`;
  const a = first.items.map(identity);
  const dup = a.find((x, i) => a.indexOf(x) !== i);
  if (first.problem) return { id, title, status: "fail", severity: "error", message: first.problem, specUrl: SPEC_PAGINATION };
  if (dup !== undefined) return { id, title, status: "fail", severity: "error", message: `"${dup}" is listed twice (${first.pages} page(s))`, specUrl: SPEC_PAGINATION };
  const b = second.items.map(identity);
  const missing = a.filter((x) => !b.includes(x));
  const extra = b.filter((x) => !a.includes(x));
  if (missing.length || extra.length) {
    return { id, title, status: "fail", severity: "warning", message: `two listings differ without a list_changed notification: ${[...missing.map((m) => `-${m}`), ...extra.map((e) => `+${e}`)].join(", ")}`, specUrl: SPEC_PAGINATION };
  }
  return { id, title, status: "pass", severity: "error", message: `${a.length} item(s) in ${first.pages} page(s), the same twice` };
}
