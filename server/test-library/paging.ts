import { McpHarnessError } from "./errors";

/**
 * Pages one listing follows before it calls the server's list endless. A list of 1,000 pages (at
 * the SDK's usual page size, tens of thousands of items) is no list a test reads whole.
 */
const MAX_PAGES = 1_000;

/**
 * A list method's items: one page when a cursor is given (with the next cursor), otherwise every
 * page, following nextCursor to its end. A list that never ends is the server's bug and an
 * `invalid_response` error, never a silent cut: a cursor that comes back (a loop), or more than
 * MAX_PAGES pages.
 */
export async function listPages(
  call: string,
  page: (cursor: string | undefined) => Promise<Record<string, unknown>>,
  key: string,
  cursor: string | undefined,
): Promise<{ items: unknown[]; nextCursor?: string }> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  const one = cursor !== undefined;
  for (let n = 1; ; n++) {
    const r = await page(cursor);
    if (Array.isArray(r[key])) items.push(...(r[key] as unknown[]));
    const next = typeof r.nextCursor === "string" && r.nextCursor !== "" ? r.nextCursor : undefined;
    if (one) return next ? { items, nextCursor: next } : { items };
    if (!next) return { items };
    if (seen.has(next) || next === cursor)
      throw new McpHarnessError("invalid_response", call, `the list never ends: page ${n} gave again the cursor ${JSON.stringify(next)}`);
    if (n >= MAX_PAGES)
      throw new McpHarnessError("invalid_response", call, `the list never ends: ${MAX_PAGES} pages, each with a nextCursor`);
    seen.add(next);
    cursor = next;
  }
}
