"use client";
import { useEffect, useLayoutEffect, useRef } from "react";
import type { AppBridge } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { AppPermissions } from "../../lib/apps/app-meta";
import { allowAttribute } from "../../lib/apps/csp";
import { startAppHost, type AppHostHandlers } from "./app-host";
import { parkFrame, proxyFrame, takeProxy, type Movable } from "./proxy-standby";
import type { TapListener } from "./tapped-transport";

export interface AppFrameProps {
  sandboxUrl: string;
  html: string;
  permissions?: AppPermissions;
  hostContext: Record<string, unknown>;
  handlers: AppHostHandlers;
  /** Every frame both ways, and the CSP violations the App's frame reports. */
  tap: TapListener;
  onBridge(bridge: AppBridge | undefined): void;
  /** The host's capabilities (its profile's). */
  capabilities?: Record<string, unknown>;
  width: number;
  height: number;
  /** Below 1 when the emulated width is wider than the column: the frame is drawn scaled down to fit, never cut off. */
  scale?: number;
  /** The frame's box, for the page to measure (a fullscreen App's container is its size). */
  boxRef?: (el: HTMLDivElement | null) => void;
  /**
   * The App hears host-context changes once its document runs, handshake or not: ChatGPT fires
   * openai:set_globals at a widget that only reads window.openai and never makes one (issue 73:
   * a theme picked in the form never reached the pizzaz widgets).
   */
  liveBeforeHandshake?: boolean;
}

/**
 * The sandbox proxy frame (another origin) the App runs inside, and the bridge to it. The frame is
 * the standby proxy loaded for this App's kind before Run when there is one (proxy-standby.ts),
 * moved here without reloading; else a new frame, whose bridge connects before it loads, so the
 * proxy's ready notification is never missed. Host context changes are sent as they happen.
 * Unmounting tears the App down.
 */
export function AppFrame(props: AppFrameProps) {
  const { sandboxUrl, html, permissions, hostContext, handlers, tap, onBridge, capabilities, width, height, scale = 1, boxRef } = props;
  const live = props.liveBeforeHandshake;
  const slot = useRef<HTMLDivElement>(null);
  const ref = useRef<HTMLIFrameElement>(undefined);
  const bridge = useRef<AppBridge | undefined>(undefined);
  // Host-context changes wait for the App's handshake: before it, a notification may reach a proxy
  // that has not loaded (and is lost), and the App reads the context from ui/initialize's answer.
  const initialized = useRef(false);
  const latest = useRef({ handlers, hostContext, tap, onBridge, live });
  const size = useRef({ width, height, scale });
  // Before the effect below that makes the frame (effects run in order): it is sized as it is placed.
  useEffect(() => {
    latest.current = { handlers, hostContext, tap, onBridge, live };
    size.current = { width, height, scale };
  });

  useEffect(() => {
    const place = slot.current;
    if (!place) return;
    const allow = allowAttribute(permissions);
    const standby = takeProxy(sandboxUrl, allow);
    const frame = standby?.frame ?? proxyFrame(allow);
    frame.className = "app-frame";
    frame.title = "MCP App";
    frame.dataset.testid = "app-frame";
    frame.removeAttribute("tabindex");
    sizeFrame(frame, size.current);
    // A move keeps the standby's document (and its process); a new frame loads once its bridge listens.
    if (standby) (place as unknown as Movable).moveBefore(frame, null);
    else place.appendChild(frame);
    ref.current = frame;
    let closed = false;
    initialized.current = false;
    const h: AppHostHandlers = {
      callTool: (p, id) => latest.current.handlers.callTool(p, id),
      readResource: (p, id) => latest.current.handlers.readResource(p, id),
      message: (p) => latest.current.handlers.message(p),
      modelContext: (p) => latest.current.handlers.modelContext(p),
      openLink: (u) => latest.current.handlers.openLink(u),
      displayMode: (m) => latest.current.handlers.displayMode(m),
      sizeChanged: (s) => latest.current.handlers.sizeChanged(s),
      initialized: () => {
        initialized.current = true;
        standby?.replace();
        bridge.current?.setHostContext(latest.current.hostContext as never);
        latest.current.handlers.initialized();
      },
      teardownRequested: () => latest.current.handlers.teardownRequested(),
      openai: (m, p) => latest.current.handlers.openai(m, p),
    };
    void startAppHost({
      proxy: frame.contentWindow!,
      html,
      permissions,
      hostContext: latest.current.hostContext,
      handlers: h,
      proxyOrigin: new URL(sandboxUrl).origin,
      capabilities,
      tap: {
        frame: (d, m) => latest.current.tap.frame(d, m),
        cspViolation: (v) => latest.current.tap.cspViolation(v),
        size(h) {
          // The App's document runs (its size reporter spoke, through the proxy): it can hear the host.
          if (!initialized.current && latest.current.live) {
            initialized.current = true;
            bridge.current?.setHostContext(latest.current.hostContext as never);
          }
          latest.current.tap.size?.(h);
        },
        dropped: (n) => latest.current.tap.dropped?.(n),
        stopped(report) {
          // The proxy removed the frame; the bridge relays nothing more for this App, whatever comes.
          const b = bridge.current;
          bridge.current = undefined;
          latest.current.onBridge(undefined);
          void b?.close();
          latest.current.tap.stopped(report);
        },
      },
    }).then(({ bridge: b, proxyReady }) => {
      standby?.release();
      if (closed) return void b.close();
      bridge.current = b;
      latest.current.onBridge(b);
      if (!standby) frame.src = sandboxUrl;
      else if (standby.ready !== undefined) {
        // The standby's ready notice came before this bridge listened: recorded now, in its place (first).
        latest.current.tap.frame("app->host", standby.ready);
        proxyReady();
      }
    });
    return () => {
      closed = true;
      standby?.replace();
      const b = bridge.current;
      bridge.current = undefined;
      latest.current.onBridge(undefined);
      if (ref.current === frame) ref.current = undefined;
      if (!b) return void frame.remove();
      // The App's teardown is awaited, at most TEARDOWN_MS, in its frame parked out of sight (the
      // layout effect below moved it there before React removed its box): its answer is recorded,
      // and a handler that saves state can run. Then the bridge closes before the frame goes: the
      // SDK's own timeout would send notifications/cancelled to an App already gone, and after
      // close nothing more is sent or relayed.
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        void b.close().finally(() => frame.remove());
      };
      const timer = setTimeout(finish, TEARDOWN_MS);
      b.teardownResource({}).then(finish, finish);
    };
    // The capabilities are the profile's (a constant per profile): a new profile is a new App.
  }, [sandboxUrl, html, permissions, capabilities]);

  // Before React removes the box (a layout effect's cleanup runs first), the frame moves out of it,
  // still loaded (moveBefore), to wait for its teardown's answer (the effect above).
  useLayoutEffect(
    () => () => {
      if (ref.current) parkFrame(ref.current);
    },
    [sandboxUrl, html, permissions, capabilities],
  );

  useEffect(() => {
    if (initialized.current) bridge.current?.setHostContext(hostContext as never);
  }, [hostContext]);

  useEffect(() => {
    if (ref.current) sizeFrame(ref.current, { width, height, scale });
  }, [width, height, scale]);

  // Always inside the same box, scaled or not: a frame that moved into a new parent on a change of
  // scale would be a new, empty iframe, and the App was drawn blank (issue 50: the scaled-App
  // screenshot). Scaled, the box has the scaled size: a transform does not change the layout size,
  // which would leave the unscaled width to scroll and the unscaled height as a gap. The frame
  // itself is not React's: it may be a standby proxy moved in (see above).
  const setBox = (el: HTMLDivElement | null) => {
    slot.current = el;
    boxRef?.(el);
  };
  return (
    <div
      ref={setBox}
      className={scale === 1 ? "app-frame-box" : "app-frame-box app-frame-scaled"}
      style={scale === 1 ? undefined : { width: Math.ceil(width * scale), height: Math.ceil(height * scale) }}
    />
  );
}

/**
 * How long the host waits for an App's answer to ui/resource-teardown before its frame is removed
 * (docs/apps.md). The spec lets a host wait for the answer; a host that never removed an App until
 * it answered would let an App keep itself alive.
 */
export const TEARDOWN_MS = 1000;

/** The emulated width exactly (issue 39: a 720 px host shown 417 px wide); in a narrower column, scaled down to it (issue 50). */
function sizeFrame(frame: HTMLIFrameElement, { width, height, scale }: { width: number; height: number; scale: number }) {
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.transform = scale === 1 ? "" : `scale(${scale})`;
  frame.style.transformOrigin = scale === 1 ? "" : "0 0";
}
