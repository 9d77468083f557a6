"use client";
import { useMemo, useState } from "react";
import { PREVIEW_CHARS, base64Head, base64Size } from "../lib/text/big-text";
import { decodeBase64, fileNameFor, hexDump, utf8Prefix } from "./blob-preview";
import { downloadBytes } from "./download";
import { formatBytes } from "../lib/record/entry-facts";
import { InlineMedia } from "./inline-media";
import { mediaDataUrl } from "./media";
import { BIG_MEDIA } from "./use-media-url";
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
  // A big blob's base64 is checked as a worker decodes it, a small one's here (media.ts).
  const image = isMedia("image", mimeType, blob);
  const audio = isMedia("audio", mimeType, blob);
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
      {image && <InlineMedia kind="image" mimeType={mimeType} data={blob} label={`resource ${shownName(uri)}`} />}
      {audio && <InlineMedia kind="audio" mimeType={mimeType} data={blob} label={`audio resource ${shownName(uri)}`} />}
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

function isMedia(kind: "image" | "audio", mimeType: string | undefined, blob: string): boolean {
  if (blob.length < BIG_MEDIA) return mediaDataUrl(kind, mimeType, blob) !== undefined;
  const mime = mimeType?.trim().toLowerCase() ?? "";
  return /^[a-z]+\/[\w.+-]+$/.test(mime) && mime.startsWith(`${kind}/`);
}
