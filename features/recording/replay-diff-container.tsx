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
import { firstFailingRequest, sessionUpTo } from "../../lib/session/up-to";
import { asRecord, isObject } from "../../lib/json/shape";

/** The state of reproducing one recording: the editable target, the ignore list, the replay itself. */
export function useReproduction(session: SessionFile, live: Session | undefined) {
  const [target, setTarget] = useState<Target>(() => reproduceTargetOf(session.target));
  const [ignore, setIgnore] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const replay = useReplay(live);
  // "Run again" / "Edit and run" on a recorded request, or "Reproduce only the failing call":
  // the recording up to that call (lib/session/up-to.ts); undefined reproduces it whole.
  const [scope, setScope] = useState<{ upTo: number; edit?: string }>();
  const scoped = useMemo(() => (scope ? sessionUpTo(session, scope.upTo) : undefined) ?? session, [session, scope]);
  const requests = useMemo(() => replayListing(scoped), [scoped]);
  const failingSeq = useMemo(() => firstFailingRequest(session), [session]);
  /** Runs only from the confirm step (or again, from the diff, with a new ignore list). */
  const run = (ignorePaths = ignore) => {
    const edited = scope?.edit !== undefined ? editedParams(scope.edit) : undefined;
    // Params that are not a JSON object: the confirm stays open, saying why.
    if (edited && "error" in edited) return;
    setConfirming(false);
    const sent = scope ? (sessionUpTo(session, scope.upTo, edited?.params) ?? session) : session;
    replay.mutate({ session: sent, target: cleanTarget(target), ignore: ignorePaths });
  };
  /** Confirm a Reproduce of the whole recording, or only up to one call (`edit`: its params, to change first). */
  const ask = (upTo?: number, edit = false) => {
    const call = upTo === undefined ? undefined : session.entries.find((e) => e.seq === upTo);
    const params = call?.kind === "message" ? asRecord(call.message).params : undefined;
    setScope(upTo === undefined ? undefined : { upTo, ...(edit ? { edit: JSON.stringify(params ?? {}, null, 2) } : {}) });
    setConfirming(true);
  };
  return {
    session,
    live,
    target,
    setTarget,
    ignore,
    setIgnore,
    confirming,
    setConfirming,
    replay,
    requests,
    run,
    scope,
    setScope,
    ask,
    failingSeq,
  };
}

/** The edited params as JSON, or what is wrong with them. */
export function editedParams(text: string): { params: Record<string, unknown> } | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  return isObject(v) ? { params: v } : { error: "params must be a JSON object" };
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
        onReproduce={() => rep.ask()}
        disabled={rep.replay.isPending}
        blocked={blocked}
      />
      {rep.live && rep.failingSeq !== undefined && (
        <div className="button-row">
          <button type="button" onClick={() => rep.ask(rep.failingSeq)} disabled={rep.replay.isPending} data-testid="reproduce-failing">
            Reproduce only the failing call (seq {rep.failingSeq})…
          </button>
        </div>
      )}
      {rep.replay.isPending && (
        <p className="running" role="status" data-testid="replay-running">
          Reproducing…
        </p>
      )}
      {rep.confirming && (
        <ModalDialog title="Run this?" onClose={() => rep.setConfirming(false)} testId="reproduce-dialog">
          {rep.scope && <ScopeNote rep={rep} />}
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

/** In the confirm: only up to one call, and that call's params to edit ("Edit and run"). */
function ScopeNote({ rep }: { rep: Reproduction }) {
  const { scope } = rep;
  if (!scope) return null;
  const problem = scope.edit !== undefined ? editedParams(scope.edit) : undefined;
  return (
    <div className="scope-note" data-testid="reproduce-scope">
      <p>
        Only up to <strong>seq {scope.upTo}</strong>: the handshake, every recorded request before it (any of them may have set the state it
        reads), then seq {scope.upTo}; nothing after it.
      </p>
      {scope.edit !== undefined && (
        <label className="field">
          <span>Params of seq {scope.upTo}, sent instead of the recorded ones</span>
          <textarea
            rows={8}
            spellCheck={false}
            value={scope.edit}
            onChange={(e) => rep.setScope({ ...scope, edit: e.target.value })}
            data-testid="edit-params"
            aria-invalid={problem && "error" in problem ? true : undefined}
          />
          {problem && "error" in problem && <span className="form-error">{problem.error}</span>}
        </label>
      )}
    </div>
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
