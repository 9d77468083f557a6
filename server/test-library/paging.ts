const MAX_PAGES = 100;

/**
 * A list method's items: one page when a cursor is given (with the next cursor), otherwise every
 * page, following nextCursor to its end, a repeated cursor, or a cap.
 */
export async function listPages(
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
    if (!next || seen.has(next) || n >= MAX_PAGES) return { items };
    seen.add(next);
    cursor = next;
  }
}
