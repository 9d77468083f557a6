import type { Locator, Page } from "@playwright/test";

export interface ShotOptions {
  /** The changed part: scrolled into sight (from the top each time) before each shot. */
  view?: Locator;
  /** Also a shot of `view` alone, as `<name>-<scheme>-<width>-part.png`. */
  viewShot?: boolean;
  widths?: readonly number[];
  /** The viewport's height (900 unless said; issue 54's walk is at 1280 × 800). */
  height?: number;
  /** Only these schemes (both unless said). */
  schemes?: readonly ("light" | "dark")[];
}

/**
 * Screenshots for a person to look at: light and dark at each width, into the folder `dir` (an
 * env var the spec names, e.g. MODERN_SHOTS); nothing when it is unset. Leaves the page light at
 * 1440 × 900, as the specs expect.
 */
export async function screenshots(dir: string | undefined, page: Page, name: string, opts: ShotOptions = {}): Promise<void> {
  if (!dir) return;
  for (const scheme of opts.schemes ?? (["light", "dark"] as const)) {
    for (const width of opts.widths ?? [1440, 420]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: opts.height ?? 900 });
      // From the top each time: a narrow layout's scroll must not carry over to the wide one.
      await page.evaluate(() => window.scrollTo(0, 0));
      await opts.view?.scrollIntoViewIfNeeded();
      // Two frames after the resize: a shot taken at once now and then caught the page half
      // repainted (the 420 px load shots: the panel cut off over a blank strip, the timeline at
      // half width), which looked like a layout bug and was not one.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (opts.view && opts.viewShot) await opts.view.screenshot({ path: `${dir}/${name}-${scheme}-${width}-part.png` });
      await page.screenshot({ path: `${dir}/${name}-${scheme}-${width}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1440, height: 900 });
}
