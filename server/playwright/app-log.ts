import type { AppEntry, Entry } from "../../lib/record/format";
import { idOf, methodOf } from "../../lib/apps/app-messages";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { asRecord, isObject } from "../../lib/json/shape";
import type { AppCspViolation, AppMessage, AppRequest, AppToolResult } from "./types";

const isApp = (e: Entry): e is AppEntry => e.kind === "app";

/** The App entries of one rendered App, oldest first. */
export function appEntries(entries: readonly Entry[], appId: string): AppEntry[] {
  return entries.filter((e): e is AppEntry => isApp(e) && e.appId === appId);
}

function messageOf(e: AppEntry): AppMessage {
  const method = methodOf(e.message);
  const id = idOf(e.message);
  const params = asRecord(e.message).params;
  return {
    dir: e.dir,
    ...(method !== undefined ? { method } : {}),
    ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
    ...(isObject(params) ? { params } : {}),
    ...(e.message !== undefined ? { message: e.message } : {}),
  };
}

/** Every message both ways (CSP violation reports are not messages: see cspViolationsOf). */
export function messagesOf(app: readonly AppEntry[]): AppMessage[] {
  return app.filter((e) => !e.cspViolation).map(messageOf);
}

/** The App's requests, each with the host's answer: the response entry the record paired with it. */
export function requestsOf(app: readonly AppEntry[], method?: string): AppRequest[] {
  const answers = new Map<number, AppEntry>();
  for (const e of app) if (e.dir === "host->app" && e.pair) answers.set(e.pair.seq, e);
  const out: AppRequest[] = [];
  for (const e of app) {
    const m = messageOf(e);
    if (e.dir !== "app->host" || m.method === undefined || m.id === undefined || (method && m.method !== method)) continue;
    const answer = answers.get(e.seq);
    const body = answer ? asRecord(answer.message) : undefined;
    out.push({
      method: m.method,
      id: m.id,
      params: m.params ?? {},
      ...(body
        ? {
            response: {
              ...(isObject(body.result) ? { result: body.result } : {}),
              ...(isObject(body.error) ? { error: body.error as never } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}

export function notificationsOf(app: readonly AppEntry[], method?: string): AppMessage[] {
  return messagesOf(app).filter(
    (m) => m.dir === "app->host" && m.method !== undefined && m.id === undefined && (!method || m.method === method),
  );
}

export function sizeChangesOf(app: readonly AppEntry[]): { width?: number; height?: number }[] {
  return notificationsOf(app, "ui/notifications/size-changed").map(({ params = {} }) => ({
    ...(typeof params.width === "number" ? { width: params.width } : {}),
    ...(typeof params.height === "number" ? { height: params.height } : {}),
  }));
}

export function cspViolationsOf(app: readonly AppEntry[]): AppCspViolation[] {
  return app.flatMap((e) => (e.cspViolation ? [e.cspViolation] : []));
}

/** The host's hand-over of the tool's outcome: the result, or undefined when it sent tool-cancelled. */
export function toolResultOf(app: readonly AppEntry[]): { handed: boolean; result?: AppToolResult } {
  for (const e of app) {
    if (e.dir !== "host->app") continue;
    const method = methodOf(e.message);
    if (method === "ui/notifications/tool-result") return { handed: true, result: asRecord(asRecord(e.message).params) as AppToolResult };
    if (method === "ui/notifications/tool-cancelled") return { handed: true };
  }
  return { handed: false };
}

/** The App ids rendered for `tool` so far. */
export function appIdsOf(entries: readonly Entry[], tool: string): Set<string> {
  return new Set(entries.flatMap((e) => (isApp(e) && e.tool === tool ? [e.appId] : [])));
}

/** The tools of the newest tools/list answer in the record: name to what the page shows (title, else name), and whether it has an App. */
export function listedTools(entries: readonly Entry[]): Map<string, { label: string; app: boolean }> | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.kind !== "message" || e.dir !== "server->client" || e.pair?.method !== "tools/list") continue;
    const tools = asRecord(asRecord(e.message).result).tools;
    if (!Array.isArray(tools)) continue;
    const out = new Map<string, { label: string; app: boolean }>();
    for (const t of tools) {
      const r = asRecord(t);
      if (typeof r.name !== "string") continue;
      out.set(r.name, { label: typeof r.title === "string" && r.title ? r.title : r.name, app: appResourceUriOf(r) !== undefined });
    }
    return out;
  }
  return undefined;
}
