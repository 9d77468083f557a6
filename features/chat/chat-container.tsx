"use client";
import "./chat.css";
import { useMemo, useState } from "react";
import type { SessionState } from "../../lib/session/state";
import type { ApprovalMode, ChatContext } from "../../lib/wire/chat";
import type { ChatTool } from "../../lib/model/events";
import { keyVariableFor, parseModelSpec } from "../../lib/model/spec";
import { appResourceUriOf } from "../../lib/apps/app-meta";
import { useSession } from "../../client/session-context";
import { useTools } from "../../client/hooks";
import { serverCaps, usePrompts, useResources } from "../../client/protocol-hooks";
import { useChatTurn, useModelEvents, useModelsInfo, useSetModelKey } from "../../client/use-chat";
import { AppPanel } from "../apps/app-panel";
import { conversationIds, conversationItems, newConversationId, totalsOf } from "./conversation";
import { ChatTranscript } from "./chat-transcript";
import { ChatTotalsLine } from "./chat-totals";
import { ChatComposer } from "./chat-composer";
import { ContextPicker } from "./context-picker";
import { KeyForm } from "./key-form";
import { ModelBar } from "./model-bar";
import { ModelFailureNote } from "./model-failure";
import { WaitingCallCard } from "./waiting-call-card";

/**
 * The Chat tab (issue 40): a conversation with a model that sees the server's tools. What was
 * said comes from the record (so a reload shows it and a model is never asked again for it);
 * the turn in progress (calls waiting for the person, a failure) from the commands' replies.
 */
export function ChatContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const session = useSession();
  const info = useModelsInfo();
  const setKey = useSetModelKey();
  const events = useModelEvents(session.timeline);
  const [chosen, setChosen] = useState<string>();
  const [started, setStarted] = useState<string>();
  // The conversation shown: the one started here, else the record's latest (a reload shows it again).
  const conversation = useMemo(() => started ?? conversationIds(events).at(-1) ?? newConversationId(), [started, events]);
  const { turn, send, decide, stop, reset } = useChatTurn(conversation);
  const [approval, setApproval] = useState<ApprovalMode>("ask");
  const [context, setContext] = useState<ChatContext[]>([]);
  // Opening the tab sends no list (issue 54 item 2). The tools are read once a call needs its App
  // drawn (the model's own list is the backend's); the context picker shows what the Resources
  // and Prompts tabs already read, and asks for the lists only when the person wants context.
  const [contextWanted, setContextWanted] = useState(false);
  const caps = serverCaps(state);
  const resources = useResources(state, contextWanted);
  const prompts = usePrompts(state, contextWanted);
  const recorded = useMemo(() => conversationItems(events, conversation), [events, conversation]);
  const tools = useTools(
    state,
    recorded.some((i) => i.type === "chat-tool"),
  );
  const toolList = useMemo(() => tools.data?.pages.flatMap((p) => p.tools) ?? [], [tools.data]);
  // The live failure says it with its title; the same error recorded at the end is not shown twice.
  const items = useMemo(() => {
    if (!turn.failure) return recorded;
    let end = recorded.length;
    while (end > 0 && recorded[end - 1].type === "model-error") end--;
    return recorded.slice(0, end);
  }, [recorded, turn.failure]);

  const model = chosen ?? info.data?.models[0] ?? "";
  const spec = model.trim() ? parseModelSpec(model, info.data?.baseUrl) : undefined;
  const variable = spec && !(spec instanceof Error) ? keyVariableFor(spec) : undefined;
  const hasKey = variable ? info.data?.keys[variable] === true : false;
  // An OpenAI-compatible server (Ollama, LM Studio) often takes no key: it is offered, not required.
  const keyRequired = spec && !(spec instanceof Error) && spec.provider !== "openai-compatible";
  const connected = state?.status === "connected";
  const blocked = !connected
    ? "Connect to a server first: the model calls its tools."
    : !model.trim()
      ? "Choose a model (provider:model-id), or start the inspector with --model."
      : spec instanceof Error
        ? "Fix the model above."
        : keyRequired && !hasKey
          ? `Set ${variable} or type the key above.`
          : turn.waiting.length
            ? "Decide the tool calls above first."
            : undefined;

  const renderApp = (call: ChatTool & { seq: number }) => {
    const tool = toolList.find((t) => t.name === call.name);
    if (!tool || !appResourceUriOf(tool) || call.decision === "denied" || call.result === undefined) return null;
    const outcome = { result: call.result, verdict: null, durationMs: call.serverMs ?? 0, requestSeq: call.requestSeq };
    return (
      <AppPanel
        tool={tool}
        args={(call.args ?? {}) as Record<string, unknown>}
        outcome={outcome}
        tools={toolList}
        onShowEntry={onShowEntry}
      />
    );
  };

  return (
    <div className="chat-view" data-testid="chat-view" data-conversation={conversation}>
      <ModelBar
        model={model}
        models={info.data?.models ?? []}
        approval={approval}
        problem={spec instanceof Error ? spec.message : undefined}
        onModel={setChosen}
        onApproval={setApproval}
        onNewConversation={() => {
          setStarted(newConversationId());
          reset();
        }}
      />
      {info.error && <p className="form-error">The inspector could not say which models it has: {info.error.message}</p>}
      {info.data && (variable ? !hasKey : !model.trim() && !Object.values(info.data.keys).some(Boolean)) && (
        <KeyForm
          variable={variable}
          busy={setKey.isPending}
          optional={variable !== undefined && !keyRequired}
          problem={setKey.error?.message}
          onKey={(v, key) => setKey.mutate({ variable: v, key })}
        />
      )}
      {items.length === 0 && !turn.busy && (
        <p className="muted chat-empty">
          The model sees this server&apos;s tools; each call it makes shows here as a card, sent{" "}
          {approval === "auto" ? "at once" : "when you approve it"}.
        </p>
      )}
      <ChatTranscript items={items} onShowEntry={onShowEntry} renderApp={renderApp} />
      {turn.waiting.map((c) => (
        <WaitingCallCard key={c.callId} call={c} busy={turn.busy} onDecide={(d) => decide(c.callId, d)} />
      ))}
      {turn.failure && <ModelFailureNote failure={turn.failure} />}
      {items.length > 0 && <ChatTotalsLine totals={totalsOf(items)} />}
      <ContextPicker
        offered={caps?.resources !== undefined || caps?.prompts !== undefined}
        loaded={
          (caps?.resources === undefined || resources.data !== undefined) && (caps?.prompts === undefined || prompts.data !== undefined)
        }
        loading={resources.isFetching || prompts.isFetching}
        onLoad={() => setContextWanted(true)}
        resources={resources.data?.pages.flatMap((p) => p.items.map((r) => r.uri)) ?? []}
        prompts={prompts.data?.pages.flatMap((p) => p.items.map((x) => x.name)) ?? []}
        chosen={context}
        onChange={setContext}
      />
      <ChatComposer
        busy={turn.busy}
        blocked={blocked}
        onStop={stop}
        onSend={(text) => {
          setStarted(conversation);
          send({ model: model.trim(), text, approval, ...(context.length ? { context } : {}) });
          setContext([]);
        }}
      />
    </div>
  );
}
