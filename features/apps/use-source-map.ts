"use client";
import { useEffect, useMemo, useState } from "react";
import { useSession } from "../../client/session-context";
import type { AppError } from "../../lib/apps/app-errors";
import { appFramesOf, inlineFramesOf, type AppSourceMapReply } from "../../lib/apps/app-source-map";

/** The App's own HTML as read (its resource uri names its frames in an error's stack). */
export interface AppDocument {
  uri: string;
  html: string;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * An App error's frames resolved through source maps: those in external scripts by the backend
 * (the `app-source-map` command; the page's own CSP cannot fetch them), those in a script inline
 * in the App's HTML here, through its data: URL map (lib/apps/app-inline-maps.ts, loaded only
 * then). Undefined until both answer, or when the error names no script. `allow` is what the
 * App's CSP allows scripts from now; a failed step is one note, and the stack stays as the App's
 * engine wrote it.
 */
export function useSourceMap(error: AppError, allow: readonly string[], doc?: AppDocument): AppSourceMapReply | undefined {
  const session = useSession();
  const frames = useMemo(() => appFramesOf(error.stack, error), [error]);
  const uri = doc?.uri ?? "";
  const html = doc?.html;
  const inline = useMemo(() => (html === undefined ? [] : inlineFramesOf(error.stack, error, uri)), [error, uri, html]);
  const allowKey = allow.join(" ");
  const [reply, setReply] = useState<{ for: AppError; reply: AppSourceMapReply }>();
  useEffect(() => {
    if (frames.length === 0 && inline.length === 0) return;
    let live = true;
    const external: Promise<AppSourceMapReply> = frames.length
      ? session.command({ type: "app-source-map", frames, allow: allowKey ? allowKey.split(" ") : [] }).then(
          (r) => r,
          (e: unknown) => ({ frames, notes: [`source maps not read: ${why(e)}`] }),
        )
      : Promise.resolve({ frames: [], notes: [] });
    const inner: Promise<AppSourceMapReply> =
      inline.length && html !== undefined
        ? import("../../lib/apps/app-inline-maps")
            .then((m) => m.resolveInlineFrames(inline, html))
            .catch((e: unknown) => ({ frames: inline, notes: [`inline source maps not read: ${why(e)}`] }))
        : Promise.resolve({ frames: [], notes: [] });
    void Promise.all([external, inner]).then(([a, b]) => {
      if (live) setReply({ for: error, reply: { frames: [...a.frames, ...b.frames], notes: [...a.notes, ...b.notes] } });
    });
    return () => {
      live = false;
    };
  }, [session, error, frames, inline, html, allowKey]);
  return reply?.for === error ? reply.reply : undefined;
}
