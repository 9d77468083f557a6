"use client";
import { useMemo, useState } from "react";
import { useSession } from "../../client/session-context";
import { useTimelineVersion } from "../../client/hooks";
import { LastLogLevel, type LevelSet } from "./last-log-level";

/** The server's log level as the record last set it in this connection (undefined: never set). */
export function useLastLogLevel(): LevelSet | undefined {
  const { timeline } = useSession();
  const version = useTimelineVersion();
  const [tracker] = useState(() => new LastLogLevel());
  // The tracker reads only what was appended since; the version says when there is more.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; its version says when
  return useMemo(() => tracker.update(timeline), [tracker, timeline, version]);
}
