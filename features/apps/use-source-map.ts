"use client";
import { useEffect, useMemo, useState } from "react";
import { useSession } from "../../client/session-context";
import type { AppError } from "../../lib/apps/app-errors";
import { appFramesOf, type AppSourceMapReply } from "../../lib/apps/app-source-map";

/**
 * An App error's frames in external scripts, resolved by the backend through their source maps
 * (the `app-source-map` command; the page's own CSP cannot fetch them): undefined until it answers,
 * or when the error names no script. `allow` is what the App's CSP allows scripts from now; a
 * failed command is one note, and the stack stays as the App's engine wrote it.
 */
export function useSourceMap(error: AppError, allow: readonly string[]): AppSourceMapReply | undefined {
  const session = useSession();
  const frames = useMemo(() => appFramesOf(error.stack, error), [error]);
  const allowKey = allow.join(" ");
  const [reply, setReply] = useState<{ for: AppError; reply: AppSourceMapReply }>();
  useEffect(() => {
    if (frames.length === 0) return;
    let live = true;
    session.command({ type: "app-source-map", frames, allow: allowKey ? allowKey.split(" ") : [] }).then(
      (r) => live && setReply({ for: error, reply: r }),
      (e: unknown) =>
        live && setReply({ for: error, reply: { frames, notes: [`source maps not read: ${e instanceof Error ? e.message : String(e)}`] } }),
    );
    return () => {
      live = false;
    };
  }, [session, error, frames, allowKey]);
  return reply?.for === error ? reply.reply : undefined;
}
