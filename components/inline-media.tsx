"use client";
import { useMediaUrl } from "./use-media-url";

export interface InlineMediaProps {
  kind: "image" | "audio";
  mimeType: unknown;
  data: unknown;
  /** The image's alt text or the player's accessible name. */
  label: string;
  /** Shown when the data is not inline base64 media of this kind; nothing when absent. */
  invalid?: React.ReactNode;
}

/** An image or audio player for media a target sent inline (base64), big media decoded off the main thread. */
export function InlineMedia({ kind, mimeType, data, label, invalid }: InlineMediaProps) {
  const media = useMediaUrl(kind, mimeType, data);
  if (media.state === "none") return <>{invalid}</>;
  if (media.state === "decoding")
    return (
      <p className="muted small" role="status" data-testid="media-decoding">
        Decoding the {kind}…
      </p>
    );
  // Only data: URLs of checked base64 or blob: URLs this page made: never fetched from elsewhere.
  return kind === "image" ? (
    <img src={media.url} alt={label} className="content-image" decoding="async" />
  ) : (
    <audio controls src={media.url} aria-label={label} />
  );
}
