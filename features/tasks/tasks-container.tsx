"use client";
import { useMemo } from "react";
import { EmptyState } from "../../components/empty-state";
import type { SessionState } from "../../lib/session/state";
import { serverCaps, useFeed, useRequest } from "../../client/protocol-hooks";
import { TaskItemContainer } from "./task-item-container";
import { objectOr } from "../../lib/json/shape";
import { shownName } from "../../components/shown-text";

/** The Tasks tab (2025-11-25, experimental): the server's tasks, their status as notified, and their results. */
export function TasksContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const { feed, version } = useFeed();
  const list = useRequest();
  const caps = serverCaps(state);
  const tasksCap = objectOr(caps?.tasks);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- feed.tasks changes in place; the feed's version says when
  const tasks = useMemo(() => [...feed.tasks.values()].sort((a, b) => b.seq - a.seq), [feed, version]);
  if (state?.status !== "connected") return <EmptyState title="Not connected" text="Connect to a server to see its tasks." />;
  if (!tasksCap)
    return (
      <EmptyState
        title="This server does not advertise tasks"
        text="Tasks (protocol 2025-11-25) appear here when the server declares the tasks capability."
      />
    );
  return (
    <div className="tasks-panel">
      <div className="list-head">
        <h3>
          Tasks <span className="muted">({tasks.length})</span>
        </h3>
        {tasksCap.list !== undefined && (
          <button type="button" className="btn-small" onClick={() => list.mutate({ method: "tasks/list" })} disabled={list.isPending}>
            {list.isPending ? "Listing…" : "tasks/list"}
          </button>
        )}
      </div>
      {list.error && (
        <p className="form-error" role="alert">
          tasks/list failed: {shownName(list.error.message)}
        </p>
      )}
      {tasks.length === 0 && (
        <EmptyState
          title="No tasks yet"
          text="Run a tool as a task from the Tools tab (tools that support tasks offer it); its status updates arrive here."
        />
      )}
      {tasks.map((t) => (
        <TaskItemContainer key={t.taskId} state={state} task={t} onShowEntry={onShowEntry} />
      ))}
    </div>
  );
}
