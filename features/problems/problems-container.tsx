"use client";
import { ProblemsPanel } from "./problems-panel";
import { useSession } from "../../client/connection-context";
import { lintStoreFor, useLintVersion } from "../../client/lint-hooks";
import type { LintStore } from "../../client/lint-store";

/** The Problems tab of the live session: lint of the record as it arrives. */
export function ProblemsContainer({ onShowEntry }: { onShowEntry(seq: number): void }) {
  const { store } = useSession();
  return <LintProblems lint={lintStoreFor(store)} onShowEntry={onShowEntry} />;
}

/** The Problems panel over any lint store (the live one, or a shared recording's). */
export function LintProblems({ lint, onShowEntry }: { lint: LintStore; onShowEntry(seq: number): void }) {
  const version = useLintVersion(lint);
  return <ProblemsPanel findings={lint.findings()} version={version} counts={lint.countBySeverity()} backlog={lint.backlog} onJump={onShowEntry} />;
}

/** The error and warning count for a tab badge. */
export function useProblemCount(lint: LintStore): number {
  useLintVersion(lint);
  const c = lint.countBySeverity();
  return c.error + c.warning;
}
