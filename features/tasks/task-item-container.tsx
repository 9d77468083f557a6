"use client";
import { useEffect, useRef } from "react";
import { TaskCard } from "./task-card";
import { ToolResultView } from "../../components/tool-result-view";
import type { SessionState } from "../../lib/session/state";
import { isTerminalTask, type TaskSeen } from "../../client/protocol-feed";
import { serverCaps, useRequest } from "../../client/protocol-hooks";
import { useSession } from "../../client/session-context";
import { asRecord } from "../../lib/json/shape";
import { shownName } from "../../components/shown-text";

function isResultResponse(m: unknown): m is { result: unknown } {
  return typeof m === "object" && m !== null && "result" in m;
}

/** One task with its actions wired to tasks/get, tasks/result and tasks/cancel. */
export function TaskItemContainer({ state, task, onShowEntry }: { state?: SessionState; task: TaskSeen; onShowEntry(seq: number): void }) {
  const get = useRequest();
  const result = useRequest();
  const cancel = useRequest();
  const tasksCap = asRecord(serverCaps(state)?.tasks);
  const params = { taskId: task.taskId };
  const error = get.error ?? result.error ?? cancel.error;
  // The result, from this card's own request or from the tasks/result the engine asked while following the task.
  const { timeline } = useSession();
  const followed = !result.data && task.resultSeq !== undefined ? timeline.bySeq(task.resultSeq) : undefined;
  const shown =
    result.data && !result.isPending
      ? {
          result: result.data.result,
          durationMs: result.data.durationMs,
          requestSeq: result.data.requestSeq,
          responseSeq: result.data.responseSeq,
        }
      : followed?.kind === "message" && isResultResponse(followed.message)
        ? {
            result: followed.message.result,
            durationMs: followed.t - (timeline.bySeq(followed.pair?.seq ?? -1)?.t ?? followed.t),
            requestSeq: followed.pair?.seq,
            responseSeq: followed.seq,
          }
        : undefined;
  // A finished task shows its result without "Get result" (issue 39 item 7): asked once, when it ends
  // and nobody (this card, the engine's follower) has asked yet.
  const asked = useRef(false);
  const terminal = isTerminalTask(task.status);
  const ask = result.mutate;
  useEffect(() => {
    if (!terminal || asked.current || task.resultSeq !== undefined) return;
    asked.current = true;
    ask({ method: "tasks/result", params: { taskId: task.taskId } });
  }, [terminal, task.resultSeq, task.taskId, ask]);
  return (
    <TaskCard
      task={task}
      terminal={terminal}
      busy={{ get: get.isPending, result: result.isPending, cancel: cancel.isPending }}
      onGet={() => get.mutate({ method: "tasks/get", params })}
      onResult={() => result.mutate({ method: "tasks/result", params })}
      onCancel={() => cancel.mutate({ method: "tasks/cancel", params })}
      canCancel={tasksCap.cancel !== undefined}
      error={
        error
          ? `${error === get.error ? "tasks/get" : error === result.error ? "tasks/result" : "tasks/cancel"} failed: ${shownName(error.message)}`
          : undefined
      }
    >
      {shown && <ToolResultView outcome={{ ...shown, verdict: null }} hasOutputSchema={false} onShowEntry={onShowEntry} />}
    </TaskCard>
  );
}
