"use client";
import { useState } from "react";
import type { Icon } from "../lib/protocol/shapes";
import { iconSource } from "./icon-source";

export interface IconImageProps {
  icons: Icon[];
  size: number;
  label: string;
}

/**
 * An icon a target sent. data: images render as they are; an http(s) icon is a request to
 * somewhere else, so it loads only after the person clicks.
 */
export function IconImage({ icons, size, label }: IconImageProps) {
  const [allowed, setAllowed] = useState(false);
  const src = iconSource(icons);
  if (!src) return null;
  if (src.kind === "remote" && !allowed) {
    return (
      <button
        type="button"
        className="icon-gate"
        style={{ width: size, height: size }}
        title={`Load icon from ${src.host}`}
        aria-label={`Load ${label} from ${src.host}`}
        onClick={() => setAllowed(true)}
      >
        ⤓
      </button>
    );
  }
  // A target's data:/opted-in URL, not an asset of ours (so not next/image).
  return <img src={src.url} alt={label} width={size} height={size} className="icon-img" referrerPolicy="no-referrer" />;
}
