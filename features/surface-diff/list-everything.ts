import { LIST_KINDS, LIST_SPECS } from "../../lib/surface";
import { asRecord } from "../../lib/json/shape";

/** What sends one request on the live session (the page's Session.command in practice). */
export type SendRequest = (method: string, params?: Record<string, unknown>) => Promise<{ result?: unknown }>;

/** A server that repeats a cursor must not keep the page listing forever. */
const MAX_PAGES = 1000;

/**
 * List every kind the server declares, every page (following nextCursor), so the live side of
 * the diff is complete: the record then holds the listings the comparison reads. A kind that
 * fails is left for the diff's notes to name (the record holds the error); the rest go on.
 */
export async function listEverything(capabilities: Record<string, unknown>, send: SendRequest): Promise<string[]> {
  const failed: string[] = [];
  for (const kind of LIST_KINDS) {
    const { method, capability } = LIST_SPECS[kind];
    if (!(capability in capabilities)) continue;
    let cursor: string | undefined;
    try {
      for (let page = 0; page < MAX_PAGES; page++) {
        const out = await send(method, cursor === undefined ? undefined : { cursor });
        const next = asRecord(out.result).nextCursor;
        if (typeof next !== "string" || next === "" || next === cursor) break;
        cursor = next;
      }
    } catch (e) {
      failed.push(`${method}: ${(e as Error).message}`);
    }
  }
  return failed;
}
