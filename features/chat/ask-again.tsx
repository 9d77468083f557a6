"use client";
import { useMemo, useState } from "react";
import type { ModelsInfo } from "../../lib/wire/chat";
import { keyVariableFor, parseModelSpec } from "../../lib/model/spec";
import { useSession } from "../../client/session-context";
import { useSessionState } from "../../client/hooks";
import { useChatTurn, useModelEvents, useModelsInfo, useSetModelKey } from "../../client/use-chat";
import { conversationItems, newConversationId, totalsOf, type ChatItem } from "./conversation";
import { ChatTranscript } from "./chat-transcript";
import { ChatTotalsLine } from "./chat-totals";
import { KeyForm } from "./key-form";
import { ModelFailureNote } from "./model-failure";
import { WaitingCallCard } from "./waiting-call-card";

/** The recorded model if this inspector can ask it (its label is `provider:model-id`), else the first --model. */
function defaultModel(label: string | undefined, info: ModelsInfo | undefined): string {
  if (label && !(parseModelSpec(label, info?.baseUrl) instanceof Error)) return label;
  return info?.models[0] ?? label ?? "";
}

/**
 * "Ask the model again" for a recorded conversation (issue 40: answers are replayed from the
 * recording, "never re-asked unless the person chooses"). Shown only after a confirmed Reproduce
 * connected the live session to a server, under that session's provider: the person's recorded
 * messages go to the model again one at a time, each only when they press for it, and every tool
 * call waits for their decision (the recording does not say what they would allow now). The new
 * answers are the live session's, recorded there, never mixed into the recording shown above.
 */
export function AskAgain({ recorded }: { recorded: readonly ChatItem[] }) {
  const session = useSession();
  const info = useModelsInfo();
  const setKey = useSetModelKey();
  const events = useModelEvents(session.timeline);
  // A request the server sends while a call runs (sampling, elicitation) is answered in the live
  // inspector, which is hidden under this recording: say so rather than let the turn sit silently.
  const pending = useSessionState()?.pending ?? [];
  const [conversation] = useState(newConversationId);
  const { turn, send, decide, stop } = useChatTurn(conversation);
  const [sent, setSent] = useState(0);
  const [chosen, setChosen] = useState<string>();
  const said = useMemo(() => recorded.flatMap((i) => (i.type === "chat-user" ? [i] : [])), [recorded]);
  const label = recorded.find((i) => i.type === "chat-assistant")?.label;
  const items = useMemo(() => conversationItems(events, conversation), [events, conversation]);

  const model = chosen ?? defaultModel(label, info.data);
  const spec = model.trim() ? parseModelSpec(model, info.data?.baseUrl) : new Error("Name a model (provider:model-id).");
  const variable = spec instanceof Error ? undefined : keyVariableFor(spec);
  const needsKey = !!variable && info.data?.keys[variable] !== true;
  // As in the Chat tab: an OpenAI-compatible server (Ollama, LM Studio) often takes no key.
  const blocked = spec instanceof Error || (needsKey && spec.provider !== "openai-compatible") || turn.busy || turn.waiting.length > 0;
  // After a failure the same message may be sent again; otherwise the next one.
  const again = turn.failure && sent > 0 ? sent - 1 : sent;
  const next = said[again];
  const sendNext = () => {
    if (!next) return;
    send({ model: model.trim(), text: next.text, approval: "ask", ...(next.context?.length ? { context: next.context } : {}) });
    setSent(again + 1);
  };

  return (
    <section className="chat-ask-again card" aria-label="Ask the model again" data-testid="chat-ask-again">
      <p className="muted small">
        Sends your {said.length === 1 ? "message" : `${said.length} messages`} of this conversation to the model again, one at a time, on
        the server Reproduce connected; each tool call waits for you. The new answers are recorded in this inspector&apos;s session, not in
        the recording.
      </p>
      {sent === 0 && (
        <label className="field chat-model">
          <span>Model</span>
          <input value={model} onChange={(e) => setChosen(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
      )}
      {spec instanceof Error && model.trim() && (
        <p className="form-error" role="alert">
          {spec.message}
        </p>
      )}
      {variable && needsKey && info.data && (
        <KeyForm
          variable={variable}
          busy={setKey.isPending}
          optional={!(spec instanceof Error) && spec.provider === "openai-compatible"}
          problem={setKey.error?.message}
          onKey={(_, key) => setKey.mutate({ variable, key })}
        />
      )}
      {items.length > 0 && (
        <>
          <h4>Asked again</h4>
          <ChatTranscript items={items} />
        </>
      )}
      {turn.waiting.map((c) => (
        <WaitingCallCard key={c.callId} call={c} busy={turn.busy} onDecide={(d) => decide(c.callId, d)} />
      ))}
      {turn.busy && pending.length > 0 && (
        <p className="chat-problem" role="status" data-testid="chat-ask-again-pending">
          The server is waiting for your answer to {[...new Set(pending.map((p) => p.method))].join(", ")}, which this recording view cannot
          give: Close recording and answer it in the Requests tab, or let it time out.
        </p>
      )}
      {turn.failure && <ModelFailureNote failure={turn.failure} />}
      {items.length > 0 && <ChatTotalsLine totals={totalsOf(items)} />}
      <div className="button-row">
        {next && (
          <button type="button" className={sent === 0 ? "btn-primary" : undefined} disabled={blocked} onClick={sendNext}>
            {sent === 0 ? "Ask the model again" : turn.failure ? "Send it again" : "Send your next message"}
          </button>
        )}
        {next && sent > 0 && <q className="muted small chat-next">{next.text}</q>}
        {turn.busy && (
          <button type="button" className="btn-small" onClick={stop}>
            Stop
          </button>
        )}
      </div>
      {!next && !turn.busy && !turn.waiting.length && <p className="muted small">Every message of this conversation was sent again.</p>}
    </section>
  );
}
