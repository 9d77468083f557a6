"use client";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state";
import { NotConnected } from "../../components/not-connected";
import { FeatureList } from "../../components/feature-list";
import { MessageList, type MessageLike } from "../../components/message-list";
import { MetaField } from "../../components/meta-field";
import type { SessionState } from "../../lib/session/state";
import { parseJsonObject } from "../../components/json-object";
import { serverCaps, usePrompts, useRequest } from "../../client/protocol-hooks";
import type { Prompt } from "../../client/protocol-queries";
import { CompletionField } from "../completion/completion-field";
import { objectOr } from "../../lib/json/shape";
import { SaveAsTestButton } from "../collections/save-as-test-button";
import { shownName, shownProse } from "../../components/shown-text";

/** The Prompts tab: the list (paginated, list_changed), an argument form with completion, prompts/get and its messages. */
export function PromptsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const prompts = usePrompts(state);
  const [selected, setSelected] = useState<string>();
  const caps = serverCaps(state);
  if (state?.status !== "connected") return <NotConnected state={state} text="Connect to a server to list and get its prompts." />;
  if (caps?.prompts === undefined)
    return <EmptyState title="This server offers no prompts" text="It did not declare the prompts capability at initialize." />;
  const list = prompts.data?.pages.flatMap((p) => p.items) ?? [];
  const prompt = list.find((p) => p.name === selected);
  return (
    <div className="tools-layout">
      <FeatureList
        title="Prompts"
        method="prompts/list"
        items={list.map((p) => ({
          key: p.name,
          label: p.title ?? p.name,
          detail: p.title ? p.name : undefined,
          description: p.description,
        }))}
        selected={selected}
        onSelect={setSelected}
        loading={prompts.isFetching}
        error={prompts.error?.message}
        hasMore={prompts.hasNextPage}
        onLoadMore={() => void prompts.fetchNextPage()}
        onRefresh={() => void prompts.refetch()}
        testIdPrefix="prompt"
      />
      {prompt ? (
        <PromptRunner key={`${state.generation}:${prompt.name}`} state={state} prompt={prompt} onShowEntry={onShowEntry} />
      ) : (
        <EmptyState title="Pick a prompt" text="Fill in its arguments (with the server's completions) and get its messages." />
      )}
    </div>
  );
}

function PromptRunner({ state, prompt, onShowEntry }: { state: SessionState; prompt: Prompt; onShowEntry(seq: number): void }) {
  const get = useRequest();
  // The target's GetPromptResult, untrusted: each field is checked where it is read.
  const got = objectOr(get.data?.result);
  const [values, setValues] = useState<Record<string, string>>({});
  const [metaText, setMetaText] = useState("");
  const [problem, setProblem] = useState<string>();
  const args = Array.isArray(prompt.arguments) ? prompt.arguments.filter((a) => a && typeof a.name === "string") : [];
  const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
  const missing = args.filter((a) => a.required && !filled[a.name]).map((a) => a.name);
  const submit = () => {
    const meta = parseJsonObject(metaText, "_meta", true);
    if (!meta.ok) return setProblem(meta.message);
    setProblem(undefined);
    get.mutate({
      method: "prompts/get",
      params: {
        name: prompt.name,
        ...(Object.keys(filled).length ? { arguments: filled } : {}),
        ...(meta.value ? { _meta: meta.value } : {}),
      },
    });
  };
  return (
    <article className="tool-runner" aria-label={`Prompt ${shownName(prompt.name)}`}>
      <h3>{shownName(prompt.title ?? prompt.name)}</h3>
      {prompt.description && <p className="tool-description">{shownProse(prompt.description)}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {args.length === 0 && <p className="muted small">No arguments.</p>}
        {args.map((a) => (
          <CompletionField
            key={a.name}
            state={state}
            completionRef={{ type: "ref/prompt", name: prompt.name }}
            name={a.name}
            label={a.title ?? a.name}
            description={a.description}
            required={a.required}
            value={values[a.name] ?? ""}
            onChange={(v) => setValues((vs) => ({ ...vs, [a.name]: v }))}
            context={Object.fromEntries(Object.entries(filled).filter(([k]) => k !== a.name))}
          />
        ))}
        <MetaField text={metaText} onChange={setMetaText} />
        <div className="form-actions">
          <button type="submit" className="btn-primary" disabled={get.isPending}>
            {get.isPending ? "Getting…" : "Get prompt"}
          </button>
          {missing.length > 0 && <span className="muted small">required: {missing.join(", ")} (sent anyway if you insist)</span>}
        </div>
      </form>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {get.error && (
        <div className="error-box" role="alert">
          <strong>prompts/get failed:</strong> {get.error.message}
        </div>
      )}
      {get.data && !get.isPending && (
        <section className="tool-result" data-testid="prompt-result" aria-label="Prompt messages">
          <div className="result-head">
            <h4>Messages</h4>
            <span className="header-spacer" />
            {get.data.responseSeq !== undefined && (
              <button type="button" className="btn-small" onClick={() => onShowEntry(get.data.responseSeq!)}>
                Response seq {get.data.responseSeq}
              </button>
            )}
            <SaveAsTestButton requestSeq={get.data.requestSeq} defaultName={`prompt ${prompt.name}`} />
          </div>
          {typeof got?.description === "string" && <p className="muted">{shownProse(got.description)}</p>}
          <MessageList messages={Array.isArray(got?.messages) ? (got.messages as MessageLike[]) : []} label="Prompt messages" />
        </section>
      )}
    </article>
  );
}
