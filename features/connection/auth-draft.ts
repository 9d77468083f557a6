import { AuthSettingsSchema, type AuthSettings } from "../../lib/target/target";

/** The connect form's authorization options as typed (strings), before they are settings. */
export interface AuthDraft {
  mode: AuthSettings["mode"];
  clientId: string;
  /** Held in the form's memory only, sent with connect; the backend keeps it, the page stores nothing. */
  clientSecret: string;
  clientMetadataUrl: string;
  scope: string;
}

export const DEFAULT_AUTH_DRAFT: AuthDraft = { mode: "browser", clientId: "", clientSecret: "", clientMetadataUrl: "", scope: "" };

/**
 * The `auth` to send with connect, or what is wrong in words. Nothing (undefined) when the draft
 * is the backend's default (a login in the browser, a client registered as the server allows).
 */
export function authSettingsFrom(d: AuthDraft): { ok: true; auth?: AuthSettings } | { ok: false; message: string } {
  const trimmed = { clientId: d.clientId.trim(), clientSecret: d.clientSecret, clientMetadataUrl: d.clientMetadataUrl.trim(), scope: d.scope.trim() };
  const set = Object.fromEntries(Object.entries(trimmed).filter(([, v]) => v !== ""));
  if (d.mode === "browser" && Object.keys(set).length === 0) return { ok: true };
  if (set.clientSecret && !set.clientId) return { ok: false, message: "a client secret needs its client id" };
  const parsed = AuthSettingsSchema.safeParse({ mode: d.mode, ...set });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue?.path[0] === "clientMetadataUrl" ? "the client metadata URL must be an http(s) URL" : (issue?.message ?? "the authorization options are not valid") };
  }
  return { ok: true, auth: parsed.data };
}
