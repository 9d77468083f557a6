"use client";
import { useEffect, useMemo, useRef } from "react";
import { isTerminalTask } from "../../client/protocol-feed";
import { sendRequest, useFeed } from "../../client/protocol-hooks";
import { useSession } from "../../client/session-context";
import type { SessionState } from "../../lib/wire/session-state";

const MIN_POLL_MS = 500;
const MAX_POLL_MS = 5000;
const DEFAULT_POLL_MS = 1000;

/**
 * Follows the session's unfinished tasks as a client should (2025-11-25): polls tasks/get at
 * the server's pollInterval (unless the server notifies status changes itself), and when a task needs input (input_required) asks tasks/result at
 * once, which is how the server delivers its elicitation or sampling request: it then reaches
 * the Requests queue by itself instead of waiting for someone to press "Get result".
 * Mounted once by the shell; renders nothing.
 */
export function TaskFollower({ state }: { state?: SessionState }) {
  const session = useSession();
  const { feed, version } = useFeed();
  const connected = state?.status === "connected";
  // eslint-disable-next-line react-hooks/exhaustive-deps -- feed.tasks changes in place; the feed's version says when
  const open = useMemo(() => [...feed.tasks.values()].filter((t) => !isTerminalTask(t.status)), [feed, version]);
  const asked = useRef(new Set<string>());
  const polling = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  // tasks/result for a task that waits on input, once per task (it answers when the task ends).
  useEffect(() => {
    if (!connected) return;
    for (const t of open) {
      if (t.status !== "input_required" || asked.current.has(t.taskId) || t.resultSeq !== undefined) continue;
      asked.current.add(t.taskId);
      void sendRequest(session, { method: "tasks/result", params: { taskId: t.taskId } }).catch(() => undefined);
    }
  }, [open, connected, session]);

  // One tasks/get at a time per open task, each after the task's poll interval, until it ends.
  useEffect(() => {
    const timers = polling.current;
    if (!connected) {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      return;
    }
    const poll = (taskId: string) => {
      const t = feed.tasks.get(taskId);
      if (!t || isTerminalTask(t.status) || t.notified) return void timers.delete(taskId);
      const every = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, t.pollInterval ?? DEFAULT_POLL_MS));
      timers.set(
        taskId,
        setTimeout(() => {
          void sendRequest(session, { method: "tasks/get", params: { taskId } })
            .then(() => timers.has(taskId) && poll(taskId), () => timers.delete(taskId));
        }, every),
      );
    };
    for (const t of open) if (!timers.has(t.taskId) && !t.notified) poll(t.taskId);
  }, [open, connected, session, feed]);

  useEffect(() => {
    const timers = polling.current;
    return () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    };
  }, []);
  return null;
}
