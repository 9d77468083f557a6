import { asRecord } from "../json/shape";

/** One page of tools/list as the App host reads it. */
export interface ToolsPage {
  tools: readonly { name: string; _meta?: unknown }[];
  nextCursor?: string;
}

/** Pages read at most, so a server whose cursors never end cannot keep the App's call waiting forever. */
export const MAX_TOOL_PAGES = 100;

/**
 * The tool an App calls, from the tools the page has listed, else from every page of tools/list
 * (`listPage(cursor)`): the visibility check judges a tool it has seen, never passes one listed on a
 * page the page did not load yet. undefined when no page names it.
 */
export async function findToolForApp<T extends { name: string; _meta?: unknown }>(
  name: string,
  known: readonly T[],
  listPage: (cursor: string | undefined) => Promise<{ tools: readonly T[]; nextCursor?: string }>,
): Promise<T | undefined> {
  const hit = known.find((t) => t.name === name);
  if (hit) return hit;
  let cursor: string | undefined;
  for (let i = 0; i < MAX_TOOL_PAGES; i++) {
    const page = await listPage(cursor);
    const found = page.tools.find((t) => t.name === name);
    if (found) return found;
    if (!page.nextCursor || page.nextCursor === cursor) return undefined;
    cursor = page.nextCursor;
  }
  return undefined;
}

/** A tools/list result as a ToolsPage; a malformed one is an empty last page. */
export function toolsPageOf(result: unknown): ToolsPage {
  const r = asRecord(result);
  const tools = Array.isArray(r.tools) ? r.tools.filter((t): t is { name: string } => typeof asRecord(t).name === "string") : [];
  return { tools, ...(typeof r.nextCursor === "string" && r.nextCursor ? { nextCursor: r.nextCursor } : {}) };
}
