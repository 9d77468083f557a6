"use client";
import { Markdown, type MarkdownToJSX } from "markdown-to-jsx/react";
import type { ReactNode } from "react";
import { hostOf } from "./external-url";
import { mediaDataUrl } from "./media";
import { shownProse } from "./shown-text";

/** Past this many characters the source is shown instead: parsing megabytes would stall the tab. */
export const MARKDOWN_MAX_CHARS = 200_000;

function SafeLink({ href, children, title }: { href?: string; children?: ReactNode; title?: string }) {
  // Only http(s) leaves the page, in a new tab without opener or referrer; any other target
  // (relative to the server, mailto:, a scheme the sanitizer let through) is shown, not followed.
  if (href && hostOf(href)) {
    return (
      <a href={href} title={title ?? href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return (
    <span className="markdown-link-off" title={href ? `link not followed: ${href}` : undefined}>
      {children}
    </span>
  );
}

function SafeImage({ src, alt }: { src?: string; alt?: string }) {
  // Inline data only (CSP allows data: images; nothing is fetched from elsewhere to show a document).
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(src ?? "");
  const url = m ? mediaDataUrl("image", m[1], m[2]) : undefined;
  if (url) return <img src={url} alt={alt ?? ""} className="content-image" />;
  return (
    <span className="markdown-image-off" title={src}>
      [image{alt ? `: ${alt}` : ""}, not loaded]
    </span>
  );
}

const OPTIONS: MarkdownToJSX.Options = {
  // Raw HTML is text, never markup: a server's document cannot add elements to the page.
  disableParsingRawHTML: true,
  ignoreHTMLBlocks: true,
  // Heading ids are prefixed so a document cannot take an id the page uses (aria-labelledby).
  slugify: (s, slug) => `md-${slug(s)}`,
  overrides: { a: { component: SafeLink }, img: { component: SafeImage } },
  forceWrapper: true,
  wrapper: "div",
};

/** Markdown a server sent, rendered as React elements (markdown-to-jsx): no raw HTML, links open only over http(s), images only inline. */
export function MarkdownView({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="markdown-view" data-testid={testId}>
      <Markdown options={OPTIONS}>{shownProse(text)}</Markdown>
    </div>
  );
}
