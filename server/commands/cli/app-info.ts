import type { Engine } from "../../engine";
import { appResourceMetaOf, appResourceUriOf } from "../../../lib/apps/app-meta";

/** `--app-info`'s line for one tool, in the official CLI's shape (its extractAppInfo). */
export interface AppInfo {
  hasApp: boolean;
  toolName: string;
  resourceUri?: string;
  visibility?: unknown;
  csp?: unknown;
  permissions?: unknown;
  domain?: string;
  prefersBorder?: boolean;
  resourceMimeType?: string;
  resourceError?: string;
}

type Tool = { name: string; _meta?: unknown };
type Content = { uri?: unknown; mimeType?: unknown; _meta?: unknown };

/**
 * What a tool's App is: its `ui://` resource, read through the engine (so the read is recorded
 * and linted like any other), with the resource's csp, permissions and domain. The tool itself
 * is not called.
 */
export async function appInfoOf(engine: Engine, tool: Tool, meta: Record<string, unknown>): Promise<AppInfo> {
  const resourceUri = appResourceUriOf(tool);
  if (!resourceUri) return { hasApp: false, toolName: tool.name };
  const visibility = ((tool._meta as { ui?: { visibility?: unknown } } | undefined)?.ui ?? {}).visibility;
  const base: AppInfo = { hasApp: true, toolName: tool.name, resourceUri, ...(visibility ? { visibility } : {}) };
  let result: unknown;
  try {
    result = (await engine.request("resources/read", { uri: resourceUri, ...(Object.keys(meta).length ? { _meta: meta } : {}) })).result;
  } catch (e) {
    return { ...base, resourceError: (e as Error).message };
  }
  const contents = ((result as { contents?: unknown } | undefined)?.contents ?? []) as Content[];
  const content = contentFor(contents, resourceUri);
  const ui = appResourceMetaOf(content);
  return {
    ...base,
    ...(ui.csp ? { csp: ui.csp } : {}),
    ...(ui.permissions ? { permissions: ui.permissions } : {}),
    ...(ui.domain ? { domain: ui.domain } : {}),
    ...(ui.prefersBorder !== undefined ? { prefersBorder: ui.prefersBorder } : {}),
    ...(typeof content?.mimeType === "string" ? { resourceMimeType: content.mimeType } : {}),
  };
}

/** The content for the URI: exact, then ignoring case and a trailing slash, then the only one. */
function contentFor(contents: Content[], uri: string): Content | undefined {
  const norm = (u: unknown) => (typeof u === "string" ? u.toLowerCase().replace(/\/$/, "") : undefined);
  return contents.find((c) => c.uri === uri) ?? contents.find((c) => norm(c.uri) === norm(uri)) ?? (contents.length === 1 ? contents[0] : undefined);
}
