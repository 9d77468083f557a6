"use client";
import { useMemo, useState } from "react";
import { PREVIEW_CHARS, base64Head, base64Size } from "../lib/text/big-text";
import { decodeBase64, fileNameFor, hexDump, utf8Prefix } from "./blob-preview";
import { downloadBytes } from "./download";
import { formatBytes } from "../lib/record/entry-facts";
import { mediaDataUrl } from "./media";
import { shownName, shownProse } from "./shown-text";

export interface BlobViewProps {
  uri: string;
  mimeType?: string;
  blob: string;
}

/**
 * A base64 blob: an image or audio player when it is one, else its size, a hex dump, the
 * base64, text when it is text, and a download. Only the shown head is decoded (a 20 MiB blob
 * costs as little as a small one); the whole blob is decoded on "Download".
 */
export function BlobView({ uri, mimeType, blob }: BlobViewProps) {
  const isText = mimeType?.startsWith("text/") || mimeType === "application/json";
  const size = useMemo(() => base64Size(blob), [blob]);
  const head = useMemo(() => decodeBase64(base64Head(blob, isText ? PREVIEW_CHARS : 256)), [blob, isText]);
  const [view, setView] = useState<"hex" | "base64">("hex");
  const [problem, setProblem] = useState<string>();
  if (!head) return <p className="form-error">The blob is not valid base64.</p>;
  const image = mediaDataUrl("image", mimeType, blob);
  const audio = mediaDataUrl("audio", mimeType, blob);
  const text = isText ? utf8Prefix(head) : undefined;
  const download = () => {
    const bytes = decodeBase64(blob);
    if (!bytes) return setProblem("The blob is not valid base64 past its start, so it cannot be downloaded.");
    downloadBytes(fileNameFor(uri, mimeType), bytes);
  };
  return (
    <div className="blob-view" data-testid="blob-view">
      <p className="content-meta">
        blob · {mimeType ? shownName(mimeType) : "no MIME type"} · {formatBytes(size)}
      </p>
      {/* An <img> of inline data from the target (data: URL only; never fetched from elsewhere). */}
      {image && <img src={image} alt={`resource ${shownName(uri)}`} className="content-image" />}
      {audio && <audio controls src={audio} aria-label={`audio resource ${shownName(uri)}`} />}
      {text !== undefined && (
        <>
          <p className="content-meta">decoded as UTF-8 text{size > head.length && `, the first ${formatBytes(head.length)}`}</p>
          <pre data-testid="blob-text">{shownProse(text)}</pre>
        </>
      )}
      {!image && !audio && (
        <>
          <div className="segmented" role="group" aria-label="Preview as">
            <button
              type="button"
              className={view === "hex" ? "segment active" : "segment"}
              aria-pressed={view === "hex"}
              onClick={() => setView("hex")}
            >
              Hex
            </button>
            <button
              type="button"
              className={view === "base64" ? "segment active" : "segment"}
              aria-pressed={view === "base64"}
              onClick={() => setView("base64")}
            >
              Base64
            </button>
          </div>
          <pre className="json hexdump" data-testid="blob-preview">
            {view === "hex" ? hexDump(head) : blob.slice(0, 2048)}
            {(view === "hex" ? size > 256 : blob.length > 2048) && "\n…"}
          </pre>
        </>
      )}
      <button type="button" className="btn-small" onClick={download}>
        Download ({formatBytes(size)})
      </button>
      {problem && <p className="form-error">{problem}</p>}
    </div>
  );
}
