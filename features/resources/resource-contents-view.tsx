"use client";
import { fileNameFor, languageForMime } from "../../components/blob-preview";
import { BlobView } from "../../components/blob-view";
import { CodeEditor } from "../../components/code-editor";
import { LongText } from "../../components/long-text";
import { MarkdownContents } from "./markdown-contents";
import { isAppMimeType } from "../../lib/apps/app-meta";
import { shownName } from "../../components/shown-text";

export interface ResourceContents {
  uri?: unknown;
  mimeType?: unknown;
  text?: unknown;
  blob?: unknown;
  _meta?: unknown;
}

/** resources/read contents: markdown rendered (source a click away), other text coloured by MIME type where that helps (capped when long), or a blob (images and audio as media), each with its URI. */
export function ResourceContentsView({ contents }: { contents: ResourceContents[] }) {
  if (contents.length === 0) return <p className="muted">The server returned no contents.</p>;
  return (
    <ol className="content-blocks" aria-label="Contents" data-testid="resource-contents">
      {contents.map((c, i) => {
        const uri = typeof c.uri === "string" ? c.uri : "(no uri)";
        const mime = typeof c.mimeType === "string" ? c.mimeType : undefined;
        const lang = languageForMime(mime);
        return (
          <li key={i} className="content">
            <p className="content-meta">
              <code>{shownName(uri)}</code>
              {mime && ` · ${mime}`}
              {isAppMimeType(mime) && (
                <span className="muted"> · an App UI: its source, as text; it runs only beside a run of its tool</span>
              )}
            </p>
            {typeof c.text === "string" &&
              (lang === "markdown" ? (
                <MarkdownContents
                  text={c.text}
                  uri={uri}
                  source={<TextSource text={c.text} uri={uri} mime={mime} lang={lang} index={i} />}
                />
              ) : (
                <TextSource text={c.text} uri={uri} mime={mime} lang={lang} index={i} />
              ))}
            {typeof c.blob === "string" && <BlobView uri={uri} mimeType={mime} blob={c.blob} />}
            {typeof c.text !== "string" && typeof c.blob !== "string" && (
              <p className="form-error">Neither text nor blob: not valid resource contents.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Text as it came: in the editor (coloured) when its MIME type has a language and it is not huge, else capped plain text. */
function TextSource({ text, uri, mime, lang, index }: { text: string; uri: string; mime?: string; lang?: string; index: number }) {
  if (lang && text.length < 200_000) {
    return (
      <CodeEditor
        value={lang === "json" ? pretty(text) : text}
        ariaLabel={`Text of ${shownName(uri)}`}
        modelUri={`inmemory://resource/${index}/${encodeURIComponent(uri)}`}
        language={lang}
        height={Math.min(360, 40 + 19 * lineCount(text))}
      />
    );
  }
  return <LongText text={text} fileName={fileNameFor(uri, mime)} testId="resource-text" />;
}

/** Characters of a wrapped line in the detail column (its narrowest, side by side with the list). */
const WRAP_CHARS = 56;

/**
 * The lines the editor shows, wrapped ones counted (up to 30): a one-line HTML document of 300
 * characters is six lines in the detail column, and a height for one would hide five of them.
 */
function lineCount(s: string): number {
  let n = 0;
  for (const line of s.split("\n", 30)) {
    n += Math.max(1, Math.ceil(line.length / WRAP_CHARS));
    if (n >= 30) return 30;
  }
  return Math.max(1, n);
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
