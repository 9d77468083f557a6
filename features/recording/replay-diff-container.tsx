"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { DiffView } from "./diff-view";
import { LiveReplayDiff } from "./live-replay-diff";
import { EmptyState } from "../../components/empty-state";
import { IgnorePaths } from "./ignore-paths";
import { ModalDialog } from "../../components/modal-dialog";
import { NoTokenHelp } from "./no-token-help";
import { ReproduceConfirm } from "./reproduce-confirm";
import { ReproduceForm } from "./reproduce-form";
import type { SessionFile } from "../../lib/session/file";
import { replayListing } from "../../lib/session/replay-listing";
import type { Target } from "../../lib/target/target";
import type { Session } from "../../client/session";
import { SessionContext } from "../../client/session-context";
import { useReplay } from "./replay-hooks";
import { openCommandFor, reproduceTargetOf } from "../../lib/session/shared";

/** The state of reproducing one recording: the editable target, the ignore list, the replay itself. */
export function useReproduction(session: SessionFile, live: Session | undefined) {
  const [target, setTarget] = useState<Target>(() => reproduceTargetOf(session.target));
  const [ignore, setIgnore] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const replay = useReplay(live);
  const requests = useMemo(() => replayListing(session), [session]);
  /** Runs only from the confirm step (or again, from the diff, with a new ignore list). */
  const run = (ignorePaths = ignore) => {
    setConfirming(false);
    replay.mutate({ session, target: cleanTarget(target), ignore: ignorePaths });
  };
  return { session, live, target, setTarget, ignore, setIgnore, confirming, setConfirming, replay, requests, run };
}
export type Reproduction = ReturnType<typeof useReproduction>;

/** Trailing empty argument lines are the textarea's, not the person's; unset env values are left out. */
function cleanTarget(t: Target): Target {
  if (t.transport !== "stdio") return { ...t, headers: Object.fromEntries(Object.entries(t.headers).filter(([, v]) => v !== "")) };
  const args = [...t.args];
  while (args.length && args[args.length - 1] === "") args.pop();
  return { ...t, args, cwd: t.cwd?.trim() || undefined, env: Object.fromEntries(Object.entries(t.env).filter(([, v]) => v !== "")) };
}

/** What the confirm shows: the cleaned command, with every env name (an empty one is not set). */
function forConfirm(t: Target): Target {
  const clean = cleanTarget(t);
  return clean.transport === "stdio" && t.transport === "stdio" ? { ...clean, env: t.env } : clean;
}

/** Left pane of a recording: what Reproduce will run, editable, and the explicit confirm. */
export function ReproducePane({ rep, onStarted }: { rep: Reproduction; onStarted(): void }) {
  const link = typeof window !== "undefined" ? window.location.href : "";
  const blocked = rep.live ? undefined : (
    <NoTokenHelp command={openCommandFor(link.includes("#session=") ? link : "<the share link or .mcp-session.json>")} />
  );
  return (
    <>
      <ReproduceForm
        target={rep.target}
        onChange={rep.setTarget}
        onReproduce={() => rep.setConfirming(true)}
        disabled={rep.replay.isPending}
        blocked={blocked}
      />
      {rep.replay.isPending && (
        <p className="running" role="status" data-testid="replay-running">
          Reproducing…
        </p>
      )}
      {rep.confirming && (
        <ModalDialog title="Run this?" onClose={() => rep.setConfirming(false)} testId="reproduce-dialog">
          <ReproduceConfirm
            target={forConfirm(rep.target)}
            requests={rep.requests}
            onCancel={() => rep.setConfirming(false)}
            onConfirm={() => {
              rep.run();
              onStarted();
            }}
          />
        </ModalDialog>
      )}
    </>
  );
}

/** The Replay diff tab: the report, and paths to ignore (re-running the replay with them). */
export function ReplayDiffPane({ rep, onShowEntry }: { rep: Reproduction; onShowEntry(seq: number): void }) {
  const { replay } = rep;
  const top = useRef<HTMLDivElement>(null);
  // On a narrow screen the diff is below the form: bring it into sight when it arrives.
  useEffect(() => {
    if (replay.data) top.current?.scrollIntoView?.({ block: "nearest" });
  }, [replay.data]);
  return (
    <div className="replay-pane" ref={top}>
      {replay.isPending && <EmptyState title="Reproducing…" text="Connecting, then re-sending the recorded requests in order." />}
      {replay.isError && (
        <p className="error-box" role="alert">
          The replay failed: {replay.error.message}
        </p>
      )}
      {!replay.isPending && !replay.data && !replay.isError && (
        <EmptyState
          title="Not reproduced yet"
          text="Press Reproduce, check the command, and confirm. The diff of every response appears here."
        />
      )}
      {replay.data &&
        !replay.isPending &&
        (rep.live && replay.data.connected ? (
          // The replay ran in the live session: a replayed App tool call renders its App from it, as a run in the Tools tab does.
          <SessionContext.Provider value={rep.live}>
            <LiveReplayDiff report={replay.data} entries={rep.session.entries} onShowEntry={onShowEntry} />
          </SessionContext.Provider>
        ) : (
          <DiffView report={replay.data} onShowEntry={onShowEntry} />
        ))}
      {(replay.data || rep.ignore.length > 0) && (
        <section className="card ignore-card" aria-label="Ignored paths">
          <IgnorePaths paths={rep.ignore} onChange={rep.setIgnore} />
          <div className="button-row">
            <button type="button" onClick={() => rep.setConfirming(true)} disabled={replay.isPending || !rep.live}>
              Reproduce again with these paths ignored…
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
