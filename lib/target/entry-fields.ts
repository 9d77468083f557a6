import { asRecord } from "../json/shape";

/** A list of names (tool filters), or undefined when the field is not one. */
export const names = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined);
/** A positive number (a timeout), or undefined. */
export const positive = (v: unknown) => (typeof v === "number" && v > 0 ? v : undefined);
/** The string values of an object (env, headers); the rest dropped. */
export const strings = (v: unknown) =>
  Object.fromEntries(Object.entries(asRecord(v)).filter(([, x]) => typeof x === "string")) as Record<string, string>;
/** Only the defined fields (a filter the file does not set stays absent). */
export const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The fields of `o` named in `keys` that it has. */
export function pick(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(o, k)).map((k) => [k, o[k]]));
}

/** The fields a host applies to a server before a model sees its tools (Kimi Code names them so). */
export interface HostFilters {
  enabledTools?: string[];
  disabledTools?: string[];
  startupTimeoutMs?: number;
  toolTimeoutMs?: number;
  /** The variable whose value the host sends as a bearer token (its name, not the value). */
  bearerTokenEnvVar?: string;
}

/** One server's entry as its host reads it, brought to the common `mcpServers` shape. */
export interface HostReading {
  /** command/args/env/cwd, or type/url/headers, variables filled. */
  entry: Record<string, unknown>;
  /** Values taken from the environment (or an envFile): masked in every report. */
  filled: string[];
  filters: HostFilters;
  enabled: boolean;
  skipped?: string;
  /** What the host does with a key other hosts honour (Claude Desktop has no `disabled`). */
  notes: string[];
  /** VS Code's `${input:ID}`: the host asks the person when it starts the server. */
  needsInput?: string;
}
