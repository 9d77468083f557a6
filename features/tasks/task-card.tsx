import type { ReactNode } from "react";
import type { TaskSeen } from "../../client/protocol-feed";
import { shownName, shownProse } from "../../components/shown-text";

export interface TaskCardProps {
  task: TaskSeen;
  terminal: boolean;
  busy: { get: boolean; result: boolean; cancel: boolean };
  onGet(): void;
  onResult(): void;
  onCancel(): void;
  canCancel: boolean;
  error?: string;
  /** The task's result, once fetched. */
  children?: ReactNode;
}

const STATUS_CLASS: Record<string, string> = {
  completed: "badge-ok",
  failed: "badge-danger",
  cancelled: "badge-danger",
  input_required: "badge-warn",
  working: "",
};

/** One task (2025-11-25): status and message as last reported, and tasks/get, tasks/result, tasks/cancel. */
export function TaskCard({ task, terminal, busy, onGet, onResult, onCancel, canCancel, error, children }: TaskCardProps) {
  return (
    <article className="card task-card" aria-label={`Task ${shownName(task.taskId)}`} data-testid="task-card" data-status={task.status}>
      <header className="result-head">
        <h4 className="mono task-id">{shownName(task.taskId)}</h4>
        <span className={`badge ${STATUS_CLASS[task.status] ?? ""}`} data-testid="task-status">
          {shownName(task.status)}
        </span>
        {task.tool && <code className="small">{shownName(task.tool)}</code>}
      </header>
      {task.statusMessage && (
        <p className="small" data-testid="task-status-message">
          {shownProse(task.statusMessage)}
        </p>
      )}
      <p className="muted small">
        {task.createdAt && `created ${shownName(task.createdAt)}`}
        {task.lastUpdatedAt && ` · updated ${shownName(task.lastUpdatedAt)}`}
        {task.ttl !== undefined && ` · ttl ${task.ttl === null ? "unlimited" : `${task.ttl} ms`}`}
        {task.pollInterval !== undefined && ` · poll every ${task.pollInterval} ms`}
      </p>
      <div className="button-row">
        <button type="button" className="btn-small" onClick={onGet} disabled={busy.get}>
          {busy.get ? "Getting…" : "tasks/get"}
        </button>
        <button
          type="button"
          className="btn-small"
          onClick={onResult}
          disabled={busy.result}
          title={terminal ? undefined : "tasks/result waits until the task finishes"}
        >
          {busy.result ? "Waiting for the result…" : "Get result"}
        </button>
        {canCancel && (
          <button type="button" className="btn-small" onClick={onCancel} disabled={busy.cancel || terminal}>
            Cancel task
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {shownProse(error)}
        </p>
      )}
      {children}
    </article>
  );
}
