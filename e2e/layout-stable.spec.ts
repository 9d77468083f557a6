import { expect, startInspector, test } from "./inspector";

// What the page draws after it has said its status (the server list above the connect form, the
// methods the timeline's Method filter lists) moved what is below it: a click already on its way
// (mousedown on Streamable HTTP, the list drawn, mouseup 44 px lower on something else) did
// nothing, in a person's hands as in CI's oauth.spec.ts ("clicking the checkbox did not change its
// state"). Where each part stands two frames after the status is said is where it stays (its
// size may grow below it).

/** The parts a person (or a test) clicks first, by where they are. */
const PARTS = {
  "connect form": 'form[aria-label="Target"]',
  "session tools": ".session-tools",
  "tab bar": '[data-testid="main-tab-bar"]',
  "timeline filters": ".filters",
  "timeline kind chips": ".kind-chips",
};

const STARTS = [
  { name: "not connected", args: [] as string[], status: "Not connected" },
  { name: "connected to the demo", args: ["--demo"], status: "Connected" },
];

for (const { name, args, status } of STARTS) {
  test(`${name}: once the header says "${status}", nothing moves by itself when the server list and the first entries come`, async ({
    page,
  }) => {
    const inspector = await startInspector(args);
    try {
      await page.addInitScript(
        ({ parts, status }) => {
          const w = window as unknown as { firstPlaces?: Record<string, number[]>; places?: () => Record<string, number[]> };
          const places = (w.places = () =>
            Object.fromEntries(
              Object.entries(parts).map(([part, selector]) => {
                const r = document.querySelector(selector)?.getBoundingClientRect();
                return [part, r ? [r.x, r.y].map(Math.round) : []];
              }),
            ));
          const seen = new MutationObserver(() => {
            if (document.querySelector('[data-testid="session-status"]')?.textContent !== status) return;
            seen.disconnect();
            // Two frames: what the status's own render and its layout effects drew is in place.
            requestAnimationFrame(() => requestAnimationFrame(() => (w.firstPlaces = places())));
          });
          seen.observe(document, { subtree: true, childList: true, characterData: true });
        },
        { parts: PARTS, status },
      );
      await page.goto(inspector.url);
      await expect(page.getByTestId("session-status")).toHaveText(status);
      // What comes after the status: the server list's answer, and (connected) the methods seen.
      await expect(page.getByTestId("server-list-reading")).toHaveCount(0);
      await expect(page.getByText(/Files looked at/)).toBeAttached();
      if (args.length) await expect(page.getByRole("combobox", { name: "Method" }).locator("option")).not.toHaveCount(1);
      const first = await page
        .waitForFunction(() => (window as unknown as { firstPlaces?: unknown }).firstPlaces)
        .then((h) => h.jsonValue());
      const now = await page.evaluate(() => (window as unknown as { places: () => Record<string, number[]> }).places());
      expect(Object.values(first as Record<string, number[]>).filter((p) => p.length).length).toBeGreaterThanOrEqual(4);
      expect(now).toEqual(first);
      if (args.length) {
        // The Method filter's width is its own, not its longest method's (the demo's
        // notifications/tools/list_changed): the filters stay on one row as methods come.
        const top = async (name: string, role: "searchbox" | "combobox") => (await page.getByRole(role, { name }).boundingBox())?.y;
        expect(await top("Method", "combobox")).toBe(await top("Search messages", "searchbox"));
      }
    } finally {
      await inspector.stop();
    }
  });
}

test("on a narrow screen, a launcher with a target: the tab bar stays where the page first drew it, before the backend said anything", async ({
  page,
  demo,
}) => {
  // The connection settings once drew open until the state came, then folded: the tabs rose by
  // 1,100 px under a click Playwright had already aimed at them (apps-view.spec.ts at 420 px).
  await page.setViewportSize({ width: 420, height: 800 });
  await page.addInitScript(() => {
    const w = window as unknown as { firstTabBar?: number };
    const seen = new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="main-tab-bar"]');
      if (!bar) return;
      seen.disconnect();
      w.firstTabBar = Math.round(bar.getBoundingClientRect().y);
    });
    seen.observe(document, { subtree: true, childList: true });
  });
  await page.goto(demo.url);
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  // The tab bar is drawn once the stylesheets are in, the state comes over the socket (its worker
  // cannot be held from here): in every run seen the bar came first, and either way it must not move.
  const firstTabBar = await page.evaluate(() => (window as unknown as { firstTabBar?: number }).firstTabBar);
  const now = await page.getByTestId("main-tab-bar").evaluate((bar) => Math.round(bar.getBoundingClientRect().y));
  expect(now).toBe(firstTabBar);
  await expect(page.getByRole("button", { name: "Show connection and session settings" })).toBeVisible();
});
