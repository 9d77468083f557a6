import type { Listing } from "../headless/listing";
import type { ProbeResult } from "./result";

const SPEC_PAGINATION = "https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/pagination";

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
  if (dup !== undefined)
    return {
      id,
      title,
      status: "fail",
      severity: "error",
      message: `"${dup}" is listed twice (${first.pages} page(s))`,
      specUrl: SPEC_PAGINATION,
    };
  const b = second.items.map(identity);
  const missing = a.filter((x) => !b.includes(x));
  const extra = b.filter((x) => !a.includes(x));
  if (missing.length || extra.length) {
    return {
      id,
      title,
      status: "fail",
      severity: "warning",
      message: `two listings differ without a list_changed notification: ${[...missing.map((m) => `-${m}`), ...extra.map((e) => `+${e}`)].join(", ")}`,
      specUrl: SPEC_PAGINATION,
    };
  }
  return { id, title, status: "pass", severity: "error", message: `${a.length} item(s) in ${first.pages} page(s), the same twice` };
}
