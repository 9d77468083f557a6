import { LEGACY_RESOURCE_URI_KEY } from "./app-meta";
import { asRecord, objectOr } from "../json/shape";

/**
 * One App tool as the official inspector's CLI 2.12.0 reports it with `--app-info` (core/mcp/apps.ts
 * `extractAppInfo`): one JSON line per tool of `tools/list`, or the one of `tools/call --tool-name`.
 * Keys in its order; optional ones only when present.
 */
export interface AppInfo {
  hasApp: boolean;
  toolName: string;
  resourceUri?: string;
  visibility?: unknown;
  csp?: unknown;
  permissions?: unknown;
  domain?: unknown;
  prefersBorder?: unknown;
  resourceMimeType?: string;
  /** The resource could not be read, or the tool's resourceUri is not a ui:// URI. */
  resourceError?: string;
}

type Obj = Record<string, unknown>;
const uiOf = (carrier: unknown): Obj | undefined => objectOr(asRecord(asRecord(carrier)._meta).ui);

/** ext-apps' getToolUiResourceUri: the nested key, else the flat one; a value that is not a ui:// string is an error. */
function resourceUriOf(tool: Obj): string | undefined {
  const meta = objectOr(tool._meta);
  let uri = objectOr(meta?.ui)?.resourceUri;
  if (uri === undefined) uri = meta?.[LEGACY_RESOURCE_URI_KEY];
  if (typeof uri === "string" && uri.startsWith("ui://")) return uri;
  if (uri !== undefined) throw new Error(`Invalid UI resource URI: ${JSON.stringify(uri)}`);
  return undefined;
}

const norm = (uri: string) => (uri.toLowerCase().endsWith("/") ? uri.toLowerCase().slice(0, -1) : uri.toLowerCase());

/** The content of a read for `uri`, as the official CLI finds it: exact, then case- and slash-insensitive, then the only one. */
function findContent(result: unknown, uri: string): Obj | undefined {
  const contents = objectOr(result)?.contents;
  if (!Array.isArray(contents)) return undefined;
  const exact = contents.find((c) => objectOr(c)?.uri === uri);
  if (exact) return objectOr(exact);
  const loose = contents.find((c) => {
    const u = objectOr(c)?.uri;
    return typeof u === "string" && norm(u) === norm(uri);
  });
  if (loose) return objectOr(loose);
  return contents.length === 1 ? objectOr(contents[0]) : undefined;
}

/**
 * What `--app-info` prints for `tool` (pure). Without `read` it is the tool's own part (what to
 * read next: `resourceUri`); with the read of that resource (its result, or the error's message)
 * it is the whole line, CSP, permissions and domain from the resource's `_meta.ui`. A failed
 * read's `error` is the JSON-RPC error's message as the server sent it (the official CLI prints
 * that, e.g. "MCP error -32602: Resource … not found" from an SDK 1.x server).
 */
export function appInfoOf(tool: { name: string; _meta?: unknown }, read?: { result?: unknown; error?: string }): AppInfo {
  let resourceUri: string | undefined;
  try {
    resourceUri = resourceUriOf(tool as Obj);
  } catch (e) {
    return { hasApp: false, toolName: tool.name, resourceError: (e as Error).message };
  }
  if (resourceUri === undefined) return { hasApp: false, toolName: tool.name };
  const toolUi = uiOf(tool);
  const content = read?.result !== undefined ? findContent(read.result, resourceUri) : undefined;
  const resUi = uiOf(content) ?? uiOf(read?.result);
  const info: AppInfo = { hasApp: true, toolName: tool.name, resourceUri };
  if (toolUi?.visibility) info.visibility = toolUi.visibility;
  if (resUi?.csp) info.csp = resUi.csp;
  if (resUi?.permissions) info.permissions = resUi.permissions;
  if (resUi?.domain) info.domain = resUi.domain;
  if (resUi?.prefersBorder !== undefined) info.prefersBorder = resUi.prefersBorder;
  if (typeof content?.mimeType === "string") info.resourceMimeType = content.mimeType;
  if (read?.error !== undefined) info.resourceError = read.error;
  return info;
}
