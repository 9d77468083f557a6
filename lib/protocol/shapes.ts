/**
 * The MCP shapes the page reads, as plain types (the page imports no SDK code). Everything a
 * target sends is untrusted: fields are optional and checked where they are used.
 */
export interface Icon {
  src: string;
  mimeType?: string;
  sizes?: string[];
  theme?: "light" | "dark";
}

export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface Tool {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  annotations?: ToolAnnotations;
  icons?: Icon[];
  /** 2025-11-25: whether the tool may (optional), must (required) or must not run as a task. */
  execution?: { taskSupport?: "forbidden" | "optional" | "required" | string };
}

export interface ListToolsResult {
  tools: Tool[];
  nextCursor?: string;
}

export interface Implementation {
  name?: string;
  title?: string;
  version?: string;
  description?: string;
  websiteUrl?: string;
  icons?: Icon[];
}

export type ContentBlock =
  | { type: "text"; text: string; annotations?: unknown }
  | { type: "image"; data: string; mimeType: string }
  | { type: "audio"; data: string; mimeType: string }
  | { type: "resource"; resource: { uri: string; mimeType?: string; text?: string; blob?: string } }
  | { type: "resource_link"; uri: string; name?: string; title?: string; description?: string; mimeType?: string; size?: number }
  | { type: string; [k: string]: unknown };

export interface CallToolResult {
  content?: ContentBlock[];
  structuredContent?: unknown;
  isError?: boolean;
  _meta?: unknown;
}

/** What the backend's `request` command replies with. */
export interface RequestOutcome<T = unknown> {
  result: T;
  requestSeq?: number;
  responseSeq?: number;
  durationMs: number;
}

export function asTools(value: unknown): Tool[] {
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is Tool => typeof t === "object" && t !== null && typeof (t as Tool).name === "string");
}
