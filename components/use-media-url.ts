"use client";
import { useEffect, useMemo, useState } from "react";
import { mediaDataUrl } from "./media";

/** Inline media at least this long (base64 characters) is decoded in a worker and shown from a blob: URL. */
export const BIG_MEDIA = 1024 * 1024;

/**
 * The worker's body, run from a Blob URL (no bundler support needed; the page's CSP allows blob:
 * workers): it decodes base64 and answers a Blob. Self-contained: it is turned into source text.
 */
/** The worker's global, as decoderMain uses it (the page's TypeScript knows a window's). */
interface DecoderScope {
  postMessage(m: unknown): void;
  onmessage: ((ev: { data: { mime: string; data: string } }) => void) | null;
}

function decoderMain(): void {
  const scope = self as unknown as DecoderScope;
  scope.onmessage = (ev) => {
    try {
      const bin = atob(ev.data.data.replace(/\s+/g, ""));
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      scope.postMessage({ blob: new Blob([bytes], { type: ev.data.mime }) });
    } catch {
      scope.postMessage({ failed: true });
    }
  };
}

function decodeInWorker(mime: string, data: string): Promise<Blob | undefined> {
  return new Promise((resolve) => {
    const source = URL.createObjectURL(new Blob([`(${decoderMain.toString()})()`], { type: "text/javascript" }));
    const worker = new Worker(source);
    URL.revokeObjectURL(source);
    const done = (blob?: Blob) => {
      worker.terminate();
      resolve(blob);
    };
    worker.onmessage = (ev: MessageEvent<{ blob?: Blob }>) => done(ev.data.blob);
    worker.onerror = () => done(undefined);
    worker.postMessage({ mime, data });
  });
}

export type MediaUrl = { state: "none" } | { state: "decoding" } | { state: "ready"; url: string };

/**
 * Where an inline image or audio from the target is shown from. Small: its data: URL, at once.
 * Big: a blob: URL once a worker decoded it. A 20 MiB image as a data: URL held the page's main
 * thread for seconds (the URL parsed and decoded there; issue 91 item 4, bench figure 4s).
 * "none": not inline base64 media of that kind (mediaDataUrl's checks).
 */
export function useMediaUrl(kind: "image" | "audio", mimeType: unknown, data: unknown): MediaUrl {
  // Without workers (a test's DOM), big media is shown as small media is.
  const big = typeof data === "string" && data.length >= BIG_MEDIA && typeof Worker === "function";
  // The checks run on small media only: the worker does them on big media (a bad byte fails atob).
  const small = useMemo(() => (big ? undefined : mediaDataUrl(kind, mimeType, data)), [big, kind, mimeType, data]);
  const mime = typeof mimeType === "string" ? mimeType.trim().toLowerCase() : "";
  const okMime = /^[a-z]+\/[\w.+-]+$/i.test(mime) && mime.startsWith(`${kind}/`);
  const [decoded, setDecoded] = useState<{ data: unknown; url?: string; failed?: boolean }>();
  useEffect(() => {
    if (!big || !okMime) return;
    let url: string | undefined;
    let live = true;
    void decodeInWorker(mime, data as string).then((blob) => {
      if (!live) return;
      url = blob ? URL.createObjectURL(blob) : undefined;
      setDecoded({ data, url, failed: !blob });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [big, okMime, mime, data]);
  if (!big) return small ? { state: "ready", url: small } : { state: "none" };
  if (!okMime) return { state: "none" };
  if (decoded?.data !== data) return { state: "decoding" };
  return decoded.url ? { state: "ready", url: decoded.url } : { state: "none" };
}
