import { expect, test } from "./inspector";

// The boot screen paints from the HTML alone (scripts/first-paint.mjs): no stylesheet blocks the
// first paint, the boot screen is styled by the inline boot.css in the person's scheme, and the
// page shows nothing else until its stylesheets have loaded (no unstyled flash).

test("the HTML holds no render-blocking stylesheet and carries the boot style", async ({ demo }) => {
  const html = await (await fetch(`${demo.origin}/`)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).not.toMatch(/<link rel="stylesheet"/);
  expect(head).toMatch(/<style data-boot-style="">:root\{/);
  // Each asset URL carries the run's r= (red-team 8 #14: no cache made before this run holds it).
  expect(head).toMatch(/<link rel="preload" as="style" href="\/_next\/static\/[^"]+\.css\?r=[\w-]+"\/>/);
});

for (const scheme of ["light", "dark"] as const) {
  test(`with the stylesheets held back the boot screen paints styled (${scheme}); the workspace waits for them`, async ({ demo, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/_next\/static\/.*\.css(\?r=[\w-]+)?$/, async (route) => {
      await released;
      await route.continue();
    });
    const answered = new Promise<void>((resolve) => page.on("websocket", (ws) => ws.once("framereceived", () => resolve())));
    // Not until "load": the held stylesheets hold the load event back too.
    await page.goto(demo.url, { waitUntil: "commit" });
    const boot = page.locator("main.boot");
    await expect(boot).toHaveText("Starting the inspector…");
    // Painted, and in the boot style: the scheme's background, the muted text, the padding.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length)).toBe(1);
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const main = getComputedStyle(document.querySelector("main.boot")!);
      return { bg: body.backgroundColor, color: main.color, padding: main.paddingTop };
    });
    expect(look).toEqual(
      scheme === "dark"
        ? { bg: "rgb(17, 20, 24)", color: "rgb(154, 164, 177)", padding: "28px" }
        : { bg: "rgb(246, 247, 249)", color: "rgb(91, 100, 112)", padding: "28px" },
    );
    // The session is up meanwhile (the backend has answered on the socket), but the workspace
    // does not show unstyled.
    await answered;
    await expect(page.getByTestId("session-status")).toHaveCount(0);
    await expect(boot).toBeVisible();

    release();
    await expect(page.getByTestId("session-status")).toHaveText("Connected");
    await expect(boot).toHaveCount(0);
    // Styled: the header is the flex row the main stylesheet makes it.
    expect(await page.locator(".app-header").evaluate((el) => getComputedStyle(el).display)).toBe("flex");
  });
}
