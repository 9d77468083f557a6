import type { AppEntry } from "./format";
import { idOf, methodOf, summaryOf } from "../apps/app-messages";
import { asRecord, objectOr } from "../json/shape";
import { appStoppedOf } from "../apps/sandbox-events";
import { hostPolicyReason, isEvalProbe } from "../apps/csp";
import { appErrorOf, appErrorSentence, failsApp } from "../apps/app-errors";

/** Longest App error sentence a row shows (the entry's detail has the whole report). */
const APP_ERROR_LABEL_MAX = 200;

/** How a direction reads in the timeline. */
export function appDirLabel(dir: AppEntry["dir"]): string {
  return dir === "app->host" ? "app → host" : "host → app";
}

/** The method an App entry is about: its own, or for a response that of its request (the timeline's method filter). */
export function appMethodKeyOf(e: AppEntry): string | undefined {
  return methodOf(e.message) ?? e.pair?.method;
}

/** A row's label: "app → host ui/initialize", "host → app response to tools/call", "app CSP violation: connect-src …". */
export function appLabelOf(e: AppEntry): string {
  const dir = appDirLabel(e.dir);
  if (e.cspViolation && isEvalProbe(e.cspViolation)) return "App's library probed for eval (nothing ran): refused, as every host does";
  if (e.cspViolation && hostPolicyReason(e.cspViolation))
    return `App tried ${e.cspViolation.blockedUri}: the host's CSP refuses it (information)`;
  if (e.cspViolation) return `App CSP violation: ${e.cspViolation.directive} blocked ${e.cspViolation.blockedUri || "(inline)"}`;
  if (e.omitted) return `${dir} (message left out: ${e.omitted})`;
  const stopped = e.notJsonRpc ? appStoppedOf(e.message) : undefined;
  if (stopped?.why === "navigated") return "App navigated its frame away: torn down, nothing more relayed";
  if (stopped) return `App flooded the host (${stopped.dropped} messages dropped): stopped, nothing more relayed`;
  if (e.notJsonRpc) return `${dir} not a JSON-RPC message`;
  // The App's own error report (lib/apps/app-errors.ts) says what failed, not "notifications/message".
  const appError = e.dir === "app->host" ? appErrorOf(e.message) : undefined;
  if (appError) {
    const said = appErrorSentence(appError);
    return said.length > APP_ERROR_LABEL_MAX ? `${said.slice(0, APP_ERROR_LABEL_MAX)}…` : said;
  }
  const method = methodOf(e.message);
  if (method) return `${dir} ${method}`;
  const what = summaryOf(e.message) === "result" ? "response" : "error response";
  return e.pair ? `${dir} ${what} to ${e.pair.method}` : `${dir} ${what}`;
}

/** The App entry's hint: the tool an App's tools/call names, the uri it reads, the App's tool otherwise. */
export function appHintOf(e: AppEntry): string {
  const p = objectOr(asRecord(e.message).params);
  const method = methodOf(e.message);
  if (method === "tools/call" && typeof p?.name === "string") return p.name;
  if (method === "resources/read" && typeof p?.uri === "string") return p.uri;
  const err = objectOr(asRecord(e.message).error);
  if (err && typeof err.message === "string") return err.message.slice(0, 120);
  return `App of ${e.tool}`;
}

/** The JSON-RPC id of an App message, as the timeline's id column shows it. */
export function appIdLabelOf(e: AppEntry): string {
  const id = idOf(e.message);
  return id === undefined ? "" : String(id);
}

/** App rows that must stand out: a CSP violation, an error response, a frame that is not JSON-RPC. */
export function appIsAlarming(e: AppEntry): boolean {
  // eval refused by the host's policy is information (lib/apps/csp.ts hostPolicyReason), not an alarm.
  return (
    (!!e.cspViolation && !hostPolicyReason(e.cspViolation)) ||
    !!e.notJsonRpc ||
    (e.dir === "app->host" && appErrorFails(e.message)) ||
    (typeof e.message === "object" && e.message !== null && "error" in e.message)
  );
}

function appErrorFails(message: unknown): boolean {
  const report = appErrorOf(message);
  return !!report && failsApp(report);
}

/** Lower-cased text a full-text search looks in: the direction as written ("app->host") and the message. */
export function appSearchTextOf(e: AppEntry): string {
  return `${e.dir} ${e.tool} ${JSON.stringify(e.cspViolation ?? e.message ?? e.omitted ?? "")}`.toLowerCase();
}
