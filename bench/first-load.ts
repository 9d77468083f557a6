// The page's first load, as figure 6 measures it (and as the "before" numbers of the old version
// were measured by hand, with bench/first-load-cli.ts running this same code):
//   bytes: every HTTP response of the first navigation in a fresh browser context (empty cache,
//     no cookie), from the DevTools protocol: the sum of Network.loadingFinished
//     encodedDataLength (bytes on the wire, headers included) and of Network.dataReceived
//     dataLength (decoded bodies), until the network is idle (nothing in flight for 500 ms).
//     WebSocket frames are not requests: counted apart.
//   time to interactive: from navigation start (the document's performance.timeOrigin) to the
//     first DOM mutation after which the status badge says Connected
//     ([data-testid=session-status][data-status=connected]) and the Tools tab (#main-tab-tools)
//     is laid out and not disabled. The status only renders from the socket's hello, after
//     hydration, so the tab's handler is attached by then; each run then clicks the tab and
//     checks it is selected (not timed).
import type { Browser } from "@playwright/test";
import { startUntil, stopGroup } from "./proc";
import { median } from "./stats";

export interface FirstLoad {
  /** Bytes on the wire of all HTTP responses (headers included). */
  wireBytes: number;
  /** Decoded body bytes of the same responses. */
  bodyBytes: number;
  requests: number;
  /** Requests to anywhere but loopback (should be none). */
  outside: string[];
  failed: string[];
  /** WebSocket frames received until idle (payload characters). */
  wsBytes: number;
  ttiMs: number;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Installed before any page script: stamps `window.__interactive` (page ms) when the condition holds. */
function watchInteractive() {
  const w = window as unknown as { __interactive?: number };
  const holds = () => {
    const tab = document.getElementById("main-tab-tools") as HTMLButtonElement | null;
    return (
      document.querySelector('[data-testid="session-status"][data-status="connected"]') !== null &&
      tab !== null &&
      !tab.disabled &&
      tab.getClientRects().length > 0
    );
  };
  const observer = new MutationObserver(() => {
    if (w.__interactive === undefined && holds()) {
      w.__interactive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-status", "disabled"] });
}

/** One first load of `url` in a fresh context of `browser` (see the header for the definitions). */
export async function firstLoad(browser: Browser, url: string, timeoutMs = 30_000): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript(watchInteractive);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const r: FirstLoad = { wireBytes: 0, bodyBytes: 0, requests: 0, outside: [], failed: [], wsBytes: 0, ttiMs: NaN };
    const inFlight = new Map<string, string>();
    let lastActivity = performance.now();
    cdp.on("Network.requestWillBeSent", (e) => {
      // A blob: or data: URL (the page's socket worker is a blob: script) never touches the network,
      // and Chromium never says it finished: it would hold "idle" forever.
      if (!/^https?:/.test(e.request.url)) return;
      r.requests++;
      inFlight.set(e.requestId, `${e.type ?? "?"} ${e.request.url}`);
      lastActivity = performance.now();
      const u = new URL(e.request.url);
      if (/^https?:$/.test(u.protocol) && !LOOPBACK.has(u.hostname)) r.outside.push(e.request.url);
    });
    cdp.on("Network.dataReceived", (e) => {
      r.bodyBytes += e.dataLength;
      lastActivity = performance.now();
    });
    cdp.on("Network.loadingFinished", (e) => {
      r.wireBytes += e.encodedDataLength;
      inFlight.delete(e.requestId);
      lastActivity = performance.now();
    });
    cdp.on("Network.loadingFailed", (e) => {
      r.failed.push(`${e.errorText} (${e.requestId})`);
      inFlight.delete(e.requestId);
      lastActivity = performance.now();
    });
    cdp.on("Network.webSocketFrameReceived", (e) => (r.wsBytes += e.response.payloadData.length));

    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    const handle = await page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive, undefined, {
      timeout: timeoutMs,
      polling: 50,
    });
    r.ttiMs = (await handle.jsonValue()) as number;
    const deadline = performance.now() + timeoutMs;
    while (inFlight.size > 0 || performance.now() - lastActivity < 500) {
      if (performance.now() > deadline)
        throw new Error(`the network was not idle within ${timeoutMs} ms (in flight: ${[...inFlight.values()].join(", ")})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const counted = { ...r, outside: [...r.outside], failed: [...r.failed] };
    // Interactive means it: the tab answers a click (after the count, so what it loads is not in it).
    await page.locator("#main-tab-tools").click({ timeout: 5000 });
    await page.waitForFunction(() => document.getElementById("main-tab-tools")?.getAttribute("aria-selected") === "true", undefined, {
      timeout: 5000,
    });
    await cdp.detach();
    return counted;
  } finally {
    await context.close();
  }
}

export interface FirstLoadRuns {
  /** Medians over the runs after the first (a warm-up). */
  wireBytes: number;
  bodyBytes: number;
  requests: number;
  wsBytes: number;
  ttiMs: number;
  runs: FirstLoad[];
}

/**
 * Start an inspector (`command args`, which must print "is up at <url>") `runs` times in `cwd`,
 * measure one first load of its URL each time, stop it (its whole process group). The first run
 * is a warm-up (file cache, Chromium's first navigation) and is left out of the medians.
 */
export async function firstLoadRuns(
  browser: Browser,
  command: string,
  args: string[],
  cwd: string,
  runs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirstLoadRuns> {
  const all: FirstLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await startUntil(command, args, /is up at (\S+)/, { cwd, env, detached: true }, 60_000);
    try {
      all.push(await firstLoad(browser, run.match[1]));
    } finally {
      await stopGroup(run.child);
    }
  }
  const kept = all.length > 1 ? all.slice(1) : all;
  const med = (f: (l: FirstLoad) => number) => median(kept.map(f));
  return {
    wireBytes: med((l) => l.wireBytes),
    bodyBytes: med((l) => l.bodyBytes),
    requests: med((l) => l.requests),
    wsBytes: med((l) => l.wsBytes),
    ttiMs: med((l) => l.ttiMs),
    runs: all,
  };
}
