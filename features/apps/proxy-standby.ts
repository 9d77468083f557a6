"use client";
import { asRecord } from "../../lib/json/shape";

/**
 * Sandbox proxy frames loaded ahead of Run (issue 50, figure 8): a trace of Run → App painted put
 * about 120 ms of ours between the click and the App's document starting, nearly all of it the
 * proxy frame's navigation, its load and its ready notice. A standby proxy does that while the
 * person fills the App's input; at Run the App's frame adopts it with `moveBefore`, which moves an
 * iframe without reloading it, and gives it the App's document at once.
 *
 * A standby proxy is an ordinary proxy page that has been given no App: it takes no message and
 * its ready notice reaches no bridge (each takes frames only from its own frame's window). It is
 * keyed by everything its navigation was made with (its URL, whose `frame` names the App's
 * frame-src, and its `allow`), so an App is only ever put in a proxy made as its own would be.
 * Where `moveBefore` is missing (a move would reload the frame), nothing is prepared.
 */

const PROXY_READY = "ui/notifications/sandbox-proxy-ready";

interface StandbyProxy {
  frame: HTMLIFrameElement;
  /** The proxy's ready notice, once it came (the App's bridge did not hear it: it was not listening yet). */
  ready?: unknown;
}

interface Held extends StandbyProxy {
  listener: (event: MessageEvent) => void;
}

const held = new Map<string, Held>();
let holder: HTMLDivElement | undefined;

const keyOf = (src: string, allow: string) => `${allow}\n${src}`;

/** Whether a frame can be moved into the App's place without reloading (Chromium 133 and later). */
function canAdoptFrames(): boolean {
  return typeof Element !== "undefined" && typeof (Element.prototype as Partial<Movable>).moveBefore === "function";
}

/** An iframe for a sandbox proxy, with the attributes its navigation is made with. */
export function proxyFrame(allow: string): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  // The proxy keeps its own (sandbox) origin to check who frames it; no popups, no top navigation.
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms");
  if (allow) frame.setAttribute("allow", allow);
  frame.setAttribute("referrerpolicy", "no-referrer");
  return frame;
}

/** Loads a standby proxy for `src` made with `allow`, unless one is held already. */
export function prepareProxy(src: string, allow: string): void {
  const key = keyOf(src, allow);
  if (!src || held.has(key) || !canAdoptFrames()) return;
  const frame = proxyFrame(allow);
  frame.title = "App sandbox (standby)";
  frame.tabIndex = -1;
  frame.className = "app-proxy-standby";
  frame.dataset.testid = "app-proxy-standby";
  const origin = new URL(src).origin;
  const entry: Held = {
    frame,
    listener: (event) => {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      const data: unknown = event.data;
      if (asRecord(data).method === PROXY_READY) entry.ready = data;
    },
  };
  held.set(key, entry);
  window.addEventListener("message", entry.listener);
  holderElement().appendChild(frame);
  frame.src = src;
}

/**
 * The standby proxy for `src` made with `allow`, taken out of the pool, or undefined. Its ready
 * notice is still listened for until `release` is called: the App's bridge calls it once it
 * listens itself, so a notice that comes in between is not lost. `replace` loads the next one
 * (once): the App frame calls it when the App it went to has loaded (its handshake) or is gone.
 * A replacement on a timer (it was 3 s) loaded beside an App that was still starting on a loaded
 * machine, and a test that looked for the taken standby's absence then saw its replacement.
 */
export function takeProxy(src: string, allow: string): (StandbyProxy & { release(): void; replace(): void }) | undefined {
  const key = keyOf(src, allow);
  const entry = held.get(key);
  if (!entry || !entry.frame.isConnected) return undefined;
  held.delete(key);
  let replaced = false;
  return Object.assign(entry, {
    release: () => window.removeEventListener("message", entry.listener),
    // The next Run of the same kind of App gets one too; after this App, so it does not load beside it.
    replace: () => {
      if (replaced) return;
      replaced = true;
      setTimeout(() => prepareProxy(src, allow), 0);
    },
  });
}

/**
 * Moves an App's frame out of the page's layout, into the standby holder, without reloading it
 * (an App whose teardown is awaited: features/apps/app-frame.tsx). Where a move would reload the
 * frame, it is removed instead: a reloaded proxy has no App to tear down.
 */
export function parkFrame(frame: HTMLIFrameElement): void {
  if (!frame.isConnected) return;
  if (!canAdoptFrames()) return void frame.remove();
  // No longer the App on the page: what looks for the App's frame finds the new one alone.
  frame.dataset.testid = "app-frame-parked";
  frame.title = "MCP App (being torn down)";
  (holderElement() as unknown as Movable).moveBefore(frame, null);
}

/** An element with Element.moveBefore (Chromium 133 and later), which moves a frame without reloading it. */
export type Movable = Node & { moveBefore(n: Node, c: Node | null): void };

/** Where standby frames wait: in the document (a frame out of it does not load), out of sight and out of the tab order. */
function holderElement(): HTMLDivElement {
  if (holder?.isConnected) return holder;
  holder = document.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText =
    "position:fixed;left:-10000px;top:0;width:400px;height:300px;overflow:hidden;visibility:hidden;pointer-events:none";
  document.body.appendChild(holder);
  return holder;
}

/** The proxy's URL for an App: the sandbox's, with the App's declared frame domains as its frame-src when it has any. */
export function proxyUrlFor(sandboxUrl: string, frameDomains: readonly string[]): string {
  return sandboxUrl && frameDomains.length ? `${sandboxUrl}&frame=${encodeURIComponent(frameDomains.join(" "))}` : sandboxUrl;
}
