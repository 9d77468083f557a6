"use client";
import { useEffect, useMemo, useState } from "react";
import { decodeBase64, fileNameFor, hexDump, utf8Text } from "../page-lib/blob-preview";
import { formatBytes } from "../page-lib/entry-facts";
import { mediaDataUrl } from "../page-lib/media";

export interface BlobViewProps {
  uri: string;
  mimeType?: string;
  blob: string;
}

/** A base64 blob: an image or audio player when it is one, else its size, a hex dump, the base64, text when it is text, and a download. */
export function BlobView({ uri, mimeType, blob }: BlobViewProps) {
  const bytes = useMemo(() => decodeBase64(blob), [blob]);
  const [view, setView] = useState<"hex" | "base64">("hex");
  const [href, setHref] = useState<string>();
  useEffect(() => {
    if (!bytes) return;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [bytes]);
  if (!bytes) return <p className="form-error">The blob is not valid base64.</p>;
  const image = mediaDataUrl("image", mimeType, blob);
  const audio = mediaDataUrl("audio", mimeType, blob);
  const text = mimeType?.startsWith("text/") || mimeType === "application/json" ? utf8Text(bytes) : undefined;
  return (
    <div className="blob-view" data-testid="blob-view">
      <p className="content-meta">
        blob · {mimeType ?? "no MIME type"} · {formatBytes(bytes.length)}
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- inline data from the target */}
      {image && <img src={image} alt={`resource ${uri}`} className="content-image" />}
      {audio && <audio controls src={audio} aria-label={`audio resource ${uri}`} />}
      {text !== undefined && (
        <>
          <p className="content-meta">decoded as UTF-8 text</p>
          <pre data-testid="blob-text">{text}</pre>
        </>
      )}
      {!image && !audio && (
        <>
          <div className="segmented" role="group" aria-label="Preview as">
            <button type="button" className={view === "hex" ? "segment active" : "segment"} aria-pressed={view === "hex"} onClick={() => setView("hex")}>
              Hex
            </button>
            <button type="button" className={view === "base64" ? "segment active" : "segment"} aria-pressed={view === "base64"} onClick={() => setView("base64")}>
              Base64
            </button>
          </div>
          <pre className="json hexdump" data-testid="blob-preview">
            {view === "hex" ? hexDump(bytes) : blob.slice(0, 2048)}
            {(view === "hex" ? bytes.length > 256 : blob.length > 2048) && "\n…"}
          </pre>
        </>
      )}
      {href && (
        <a className="btn-like btn-small" href={href} download={fileNameFor(uri, mimeType)}>
          Download ({formatBytes(bytes.length)})
        </a>
      )}
    </div>
  );
}
