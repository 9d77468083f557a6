import type { CliMethod } from "./flags";

/** The list methods and the capability a server declares for each, with the empty answer's key. */
const LISTS: Partial<Record<CliMethod, { capability: string; key: string }>> = {
  "tools/list": { capability: "tools", key: "tools" },
  "resources/list": { capability: "resources", key: "resources" },
  "resources/templates/list": { capability: "resources", key: "resourceTemplates" },
  "prompts/list": { capability: "prompts", key: "prompts" },
};

/**
 * A list the server declares no capability for: the official CLI prints an empty list and exits
 * 0 rather than sending a request the server does not serve (-32601). The same here, with a
 * note saying why the list is empty.
 */
export function missingCapability(
  method: CliMethod,
  caps: Record<string, unknown>,
): { result: Record<string, unknown[]>; note: string } | undefined {
  const list = LISTS[method];
  if (!list) return undefined;
  if (caps[list.capability] !== undefined) return undefined;
  return {
    result: { [list.key]: [] },
    note: `the server declares no ${list.capability} capability: ${method} not sent, an empty list printed`,
  };
}
