"use client";
import { useState } from "react";
import "./collections.css";
import { EmptyState } from "../../components/empty-state";
import { FeatureList } from "../../components/feature-list";
import type { SessionState } from "../../lib/session/state";
import type { StepVerdict } from "../../lib/wire/collections";
import { CollectionStepRow } from "./collection-step-row";
import { useCollectionFiles, useEditStep, useRunCollection } from "./use-collections";

/**
 * The Collections tab (issue 34): the collection files under the inspector's folder, a file's
 * steps, Run one or all on this connection with the verdicts inline, and the edits a person makes
 * here (params, expectations picked from a result) written back into the file.
 */
export function CollectionsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const list = useCollectionFiles();
  const [selected, setSelected] = useState<string>();
  // The last verdict of each step, by file then index: a run of one step replaces only its own.
  const [verdicts, setVerdicts] = useState<Record<string, Record<number, StepVerdict>>>({});
  const run = useRunCollection();
  const edit = useEditStep();
  const [running, setRunning] = useState<{ file: string; index?: number }>();
  const files = list.data?.files ?? [];
  const file = files.find((f) => f.file === (selected ?? files[0]?.file));
  const connected = state?.status === "connected";

  const start = (target: { file: string; index?: number }) => {
    setRunning(target);
    run.mutate(target, {
      onSuccess: (r) =>
        setVerdicts((v) => ({
          ...v,
          [r.file]: { ...(target.index === undefined ? {} : v[r.file]), ...Object.fromEntries(r.steps.map((s) => [s.index, s])) },
        })),
      onSettled: () => setRunning(undefined),
    });
  };

  if (list.error) return <EmptyState title="Collections cannot be listed" text={list.error.message} />;
  if (list.data && files.length === 0)
    return (
      <EmptyState
        title="No collections yet"
        text={`Use "Save as test" on a tool's result, a resource, a prompt or a request in the timeline: the first one makes a file in ${list.data.folder}.`}
      />
    );
  const shown = file ? verdicts[file.file] : undefined;
  const tally = shown ? Object.values(shown) : [];
  return (
    <div className="tools-layout">
      <FeatureList
        title="Collections"
        method="collections-list"
        items={files.map((f) => ({
          key: f.file,
          label: f.file,
          description: f.error ? "does not parse" : `${f.steps.length} step${f.steps.length === 1 ? "" : "s"}`,
        }))}
        selected={file?.file}
        onSelect={setSelected}
        loading={list.isFetching}
        hasMore={false}
        onLoadMore={() => undefined}
        onRefresh={() => void list.refetch()}
        testIdPrefix="collection"
      />
      {file && (
        <article className="tool-runner coll-file" aria-label={`Collection ${file.file}`}>
          <div className="coll-file-head">
            <h3>{file.file}</h3>
            <span className="header-spacer" />
            {tally.length > 0 && (
              <span className="muted small" data-testid="collection-tally">
                {tally.filter((s) => s.status === "passed").length} passed, {tally.filter((s) => s.status === "failed").length} failed
              </span>
            )}
            <button
              type="button"
              className="btn-primary"
              disabled={!connected || running !== undefined || file.steps.length === 0}
              title={connected ? undefined : "Connect to a server to run the steps"}
              onClick={() => start({ file: file.file })}
            >
              {running?.file === file.file && running.index === undefined ? "Running…" : "Run all"}
            </button>
          </div>
          {list.data && <p className="muted small coll-folder">{`${list.data.folder}/${file.file}`}</p>}
          {file.error && (
            <div className="error-box" role="alert">
              {file.error}
            </div>
          )}
          {run.error && (
            <div className="error-box" role="alert">
              <strong>The run failed:</strong> {run.error.message}
            </div>
          )}
          {edit.error && (
            <div className="error-box" role="alert">
              <strong>Not saved:</strong> {edit.error.message}
            </div>
          )}
          <ol className="coll-steps">
            {file.steps.map((step) => (
              <CollectionStepRow
                key={`${file.file}#${step.index}`}
                file={file.file}
                step={step}
                verdict={shown?.[step.index]}
                canRun={connected && running === undefined}
                running={running?.file === file.file && (running.index === undefined || running.index === step.index)}
                saving={edit.isPending}
                saveError={edit.error?.message}
                onRun={() => start({ file: file.file, index: step.index })}
                onSaveParams={(params) => edit.mutateAsync({ file: file.file, index: step.index, params })}
                onAddExpectation={(x) =>
                  edit.mutate({ file: file.file, index: step.index, expect: [...(step.expect as Record<string, unknown>[]), x] })
                }
                onShowEntry={onShowEntry}
              />
            ))}
          </ol>
        </article>
      )}
    </div>
  );
}
