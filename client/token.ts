import { asRecord } from "../lib/json/shape";
import { portKey } from "./server-proof";
/**
 * The launch token: traded for the one-time `#launch=` code of the URL the launcher printed or
 * opened (a code, so that no process's command line holds the token and the browser's profile,
 * which keeps every URL as it was opened, keeps only a spent code), pasted by the person when
 * the page asks (the launcher prints it on its own line), or read once from `?token=` (scripts
 * and test fixtures that build the URL). Kept in the tab's sessionStorage under this origin
 * (features/shell/token-storage.ts) so reloads get in while it lives no longer than the tab, and
 * the parameters are removed from the address bar first thing.
 */
export const TOKEN_PARAM = "token";
/** The one-time code's parameter and where it is traded: the launcher's server/launcher/launch-code.ts. */
export const LAUNCH_PARAM = "launch";
export const LAUNCH_PATH = "/launch";

/** Set while the page loads again to shed a service worker (once: a worker that stays is refused). */
const RELOADED_KEY = "mcp-inspector-reloaded-without-worker";

export function storageKey(origin: string): string {
  return `mcp-inspector-token:${origin}`;
}

export interface TokenEnv {
  location: { href: string; origin: string; reload?(): void };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  /** The origin's service workers (navigator.serviceWorker), where the browser has them. */
  workers?: ServiceWorkers;
}

/** What the page uses of navigator.serviceWorker. */
export interface ServiceWorkers {
  /** A worker controls this page (it saw the page's requests, and sees the next ones). */
  readonly controller: unknown;
  getRegistrations(): Promise<readonly { unregister(): Promise<boolean> }[]>;
}

/** Trades a launch code for the token; undefined when the backend refuses it (spent, expired). */
export type RedeemLaunchCode = (code: string) => Promise<string | undefined>;

/**
 * What the URL carries (a token, a launch code), taken out of the address bar before anything
 * else: the history entry keeps neither.
 */
export function takeFromUrl(env: Pick<TokenEnv, "location" | "history">): { token?: string; code?: string } {
  const url = new URL(env.location.href);
  const token = url.searchParams.get(TOKEN_PARAM)?.trim() || undefined;
  const code = launchCodeIn(url.hash);
  if (url.searchParams.has(TOKEN_PARAM) || code !== undefined) {
    url.searchParams.delete(TOKEN_PARAM);
    if (code !== undefined) url.hash = "";
    env.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  return { token, code };
}

/**
 * The code of a `#launch=CODE` fragment (issue 75): a fragment goes in no request, so neither
 * the server on the port nor a service worker sees it in the navigation.
 */
function launchCodeIn(hash: string): string | undefined {
  const m = new RegExp(`^#${LAUNCH_PARAM}=([\\w-]+)$`).exec(hash);
  return m ? m[1] : undefined;
}

/**
 * Unregister every service worker of this origin before a code is traded (issue 75): the origin
 * is http://127.0.0.1:PORT, and whoever served that port before (another account, between two
 * runs) could have left one that reads the page's requests. True when one controls this page
 * already: it sees this page's requests until the page loads again without it.
 */
export async function dropWorkers(workers: ServiceWorkers | undefined): Promise<boolean> {
  if (!workers) return false;
  const regs = await workers.getRegistrations().catch(() => []);
  await Promise.all(regs.map((r) => r.unregister().catch(() => false)));
  return Boolean(workers.controller);
}

/** Takes the token from the URL (stripping it) or from storage; undefined when there is none. */
export function takeToken(env: TokenEnv): string | undefined {
  const { token } = takeFromUrl(env);
  if (token) return keep(env, token);
  return safe(() => env.storage.getItem(storageKey(env.location.origin))) || undefined;
}

/**
 * The page's token at start: from `?token=`, else the `#launch=` code traded for it, else what
 * this tab kept. A code that fails falls back to what the tab kept (a reload of a spent link).
 */
export async function bootToken(env: TokenEnv, redeem: RedeemLaunchCode = redeemLaunchCode): Promise<string | undefined> {
  // A worker that controls this page would see the trade (the code, and the token in its answer):
  // the page loads again, unregistered, with its fragment, before anything is traded.
  if (launchCodeIn(new URL(env.location.href).hash) !== undefined && (await dropWorkers(env.workers))) {
    const reloaded = safe(() => env.storage.getItem(RELOADED_KEY)) === "1";
    if (!reloaded && env.location.reload) {
      safe(() => env.storage.setItem(RELOADED_KEY, "1"));
      env.location.reload();
      return new Promise<undefined>(() => undefined);
    }
    // Still controlled after a load without it: the code is not traded (the person pastes the token).
    takeFromUrl(env);
    return undefined;
  }
  safe(() => env.storage.removeItem(RELOADED_KEY));
  const { token, code } = takeFromUrl(env);
  if (token) return keep(env, token);
  const traded = code ? await redeem(code).catch(() => undefined) : undefined;
  if (traded) return keep(env, traded);
  return safe(() => env.storage.getItem(storageKey(env.location.origin))) || undefined;
}

/** POST the code to this inspector; the answer is never cached (no-store on both sides). */
export async function redeemLaunchCode(code: string): Promise<string | undefined> {
  const res = await fetch(LAUNCH_PATH, {
    method: "POST",
    body: code,
    headers: { "Content-Type": "text/plain" },
    cache: "no-store",
    credentials: "omit",
  });
  if (!res.ok) return undefined;
  const body = asRecord(await res.json());
  // The server's own port, for its later proofs (client/server-proof.ts).
  if (typeof body.port === "number") safe(() => window.sessionStorage.setItem(portKey(window.location.origin), String(body.port)));
  return typeof body.token === "string" && body.token ? body.token : undefined;
}

/** Keep a token the person pasted, for this tab. */
export function keepToken(env: Pick<TokenEnv, "location" | "storage">, token: string): string {
  return keep(env, token.trim());
}

/** Forget a token the backend refused (a previous run's, say). */
export function forgetToken(env: Pick<TokenEnv, "location" | "storage">): void {
  safe(() => env.storage.removeItem(storageKey(env.location.origin)));
}

function keep(env: Pick<TokenEnv, "location" | "storage">, token: string): string {
  safe(() => env.storage.setItem(storageKey(env.location.origin), token));
  return token;
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    // Storage can be disabled (private mode, policies); the token then lives for this page only.
    return undefined;
  }
}
