import { expect, test } from "vitest";
import { firstPaintHtml } from "../scripts/first-paint.mjs";

// The build's rewrite of Next's index.html (scripts/first-paint.mjs): what it changes, and that a
// Next.js writing its HTML differently fails the build instead of shipping an unstyled page.
const css = "/* tokens */\n:root { --bg: #fff; }\n.boot { padding: 2rem; }\n";
const payload = (href: string) =>
  `<script>self.__next_f.push([1,"[\\"$\\",\\"link\\",\\"0\\",{\\"rel\\":\\"stylesheet\\",\\"href\\":\\"${href}\\",\\"precedence\\":\\"next\\"}]"])</script>`;
const next = (href = "/_next/static/chunks/a.css") =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="${href}" data-precedence="next"/><script src="/x.js" async=""></script></head><body><main class="boot">Starting the inspector…</main>${payload(href)}</body></html>`;

test("the stylesheet link becomes a preload and the boot style is inlined after the viewport meta", () => {
  const out = firstPaintHtml(next(), css);
  expect(out).not.toContain('rel="stylesheet"');
  expect(out).toContain(
    '<meta name="viewport" content="width=device-width, initial-scale=1"/><style data-boot-style="">:root{--bg: #fff;}.boot{padding: 2rem;}</style>',
  );
  expect(out).toContain('<link rel="preload" as="style" href="/_next/static/chunks/a.css"/>');
  expect(out.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(out.indexOf("<style"));
});

test("HTML it does not expect fails the build", () => {
  expect(() => firstPaintHtml(next().replace(/<link rel="stylesheet"[^>]*>/, ""), css)).toThrow(/no render-blocking stylesheet/);
  expect(() => firstPaintHtml(next().replace(payload("/_next/static/chunks/a.css"), ""), css)).toThrow(/not in the page's React payload/);
  expect(() => firstPaintHtml(next().replace(/<meta name="viewport"[^>]*>/, ""), css)).toThrow(/no viewport meta/);
  expect(() => firstPaintHtml(firstPaintHtml(next(), css), css)).toThrow(/rewritten already/);
});
