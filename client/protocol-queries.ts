import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { Session } from "./session";
import { keys } from "./query-keys";
import { asRecord } from "../lib/json/shape";

/** Untrusted list items: objects with the named string field. */
function itemsWith<T>(value: unknown, field: string): T[] {
  if (!Array.isArray(value)) return [];
  return value.filter((x) => x && typeof x === "object" && typeof (x as Record<string, unknown>)[field] === "string") as T[];
}

export interface Resource {
  uri: string;
  name?: string;
  title?: string;
  description?: string;
  mimeType?: string;
  size?: number;
  annotations?: unknown;
}
export interface ResourceTemplate {
  uriTemplate: string;
  name?: string;
  title?: string;
  description?: string;
  mimeType?: string;
}
export interface PromptArgument {
  name: string;
  title?: string;
  description?: string;
  required?: boolean;
}
export interface Prompt {
  name: string;
  title?: string;
  description?: string;
  arguments?: PromptArgument[];
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** One list method (resources/list, prompts/list…) as an infinite query: a page per cursor, refetched on list_changed. */
function listQuery<T>(session: Session, queryKey: readonly unknown[], method: string, field: string, itemKey: string) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: async ({ pageParam }): Promise<Page<T>> => {
      const out = await session.command({ type: "request", method, ...(pageParam ? { params: { cursor: pageParam } } : {}) });
      const r = (out.result ?? {}) as Record<string, unknown>;
      return {
        items: itemsWith<T>(r[field], itemKey),
        nextCursor: typeof r.nextCursor === "string" && r.nextCursor ? r.nextCursor : undefined,
      };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: Infinity,
    retry: false,
  });
}

export const resourcesQuery = (session: Session, generation: number) =>
  listQuery<Resource>(session, keys.resources(generation), "resources/list", "resources", "uri");
export const resourceTemplatesQuery = (session: Session, generation: number) =>
  listQuery<ResourceTemplate>(session, keys.templates(generation), "resources/templates/list", "resourceTemplates", "uriTemplate");
export const promptsQuery = (session: Session, generation: number) =>
  listQuery<Prompt>(session, keys.prompts(generation), "prompts/list", "prompts", "name");

export type CompletionRef = { type: "ref/prompt"; name: string } | { type: "ref/resource"; uri: string };

export interface Completion {
  values: string[];
  total?: number;
  hasMore?: boolean;
}

/** completion/complete for one argument's current value; other filled arguments are the context. */
export function completionQuery(
  session: Session,
  generation: number,
  ref: CompletionRef,
  argument: string,
  value: string,
  context: Record<string, string>,
) {
  return queryOptions({
    queryKey: keys.completion(generation, ref, argument, value, context),
    queryFn: async (): Promise<Completion> => {
      const out = await session.command({
        type: "request",
        method: "completion/complete",
        params: { ref, argument: { name: argument, value }, ...(Object.keys(context).length ? { context: { arguments: context } } : {}) },
      });
      const c = asRecord(asRecord(out.result).completion);
      return {
        values: Array.isArray(c.values) ? c.values.filter((v): v is string => typeof v === "string").slice(0, 100) : [],
        total: typeof c.total === "number" ? c.total : undefined,
        hasMore: c.hasMore === true,
      };
    },
    staleTime: 30_000,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
