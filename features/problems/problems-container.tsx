"use client";
import { useSyncExternalStore } from "react";
import { ProblemsPanel } from "./problems-panel";
import { useSession, useStore } from "../../client/session-context";
import type { LintStore } from "../../client/lint-store";

/** The Problems tab of the live session: lint of the record as it arrives. */
export function ProblemsContainer({ onShowEntry }: { onShowEntry(seq: number): void }) {
  return <LintProblems lint={useSession().lint} onShowEntry={onShowEntry} />;
}

/** The Problems panel over any lint store (the live one, or a shared recording's). */
export function LintProblems({ lint, onShowEntry }: { lint: LintStore; onShowEntry(seq: number): void }) {
  const version = useStore(lint);
  const { current, earlier, counts } = lint.grouped();
  if (lint.unavailable)
    return (
      <div className="view-load-failed" role="alert" data-testid="lint-unavailable">
        <p>Could not load the protocol lint: {lint.unavailable}. Reload the page to try again.</p>
      </div>
    );
  return (
    <ProblemsPanel
      findings={current}
      earlier={earlier}
      version={version}
      counts={counts}
      backlog={lint.backlog}
      onJump={onShowEntry}
      onClear={() => lint.clear()}
    />
  );
}

/**
 * The error and warning count of this connection (what was not cleared), for a tab badge. Only a
 * change of the count re-renders the caller: the workspace calls it, and re-rendering it (with
 * every panel kept open) at each step of lint was most of a flood's frame (bench figure 3f).
 */
export function useProblemCount(lint: LintStore): number {
  const count = () => {
    const c = lint.grouped().counts;
    return c.error + c.warning;
  };
  return useSyncExternalStore(lint.subscribe, count, count);
}
