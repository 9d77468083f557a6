"use client";
import { fileNameFor, languageForMime } from "../../components/blob-preview";
import { BlobView } from "../../components/blob-view";
import { CodeEditor } from "../../components/code-editor";
import { LongText } from "../../components/long-text";

export interface ResourceContents {
  uri?: unknown;
  mimeType?: unknown;
  text?: unknown;
  blob?: unknown;
  _meta?: unknown;
}

/** resources/read contents: text (coloured by MIME type where that helps; capped when long) or a blob, each with its URI. */
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
              <code>{uri}</code>
              {mime && ` · ${mime}`}
            </p>
            {typeof c.text === "string" &&
              (lang && c.text.length < 200_000 ? (
                <CodeEditor value={lang === "json" ? pretty(c.text) : c.text} ariaLabel={`Text of ${uri}`} modelUri={`inmemory://resource/${i}/${encodeURIComponent(uri)}`} language={lang} height={Math.min(360, 40 + 19 * lineCount(c.text))} />
              ) : (
                <LongText text={c.text} fileName={fileNameFor(uri, mime)} testId="resource-text" />
              ))}
            {typeof c.blob === "string" && <BlobView uri={uri} mimeType={mime} blob={c.blob} />}
            {typeof c.text !== "string" && typeof c.blob !== "string" && <p className="form-error">Neither text nor blob: not valid resource contents.</p>}
          </li>
        );
      })}
    </ol>
  );
}

function lineCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length && n < 30; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
