import { MessageList, type MessageLike } from "../../components/message-list";
import { asRecord, objectOr } from "../../lib/json/shape";
import { ServerText } from "../../components/server-text";

/** Everything a sampling/createMessage asks for, shown as sent (untrusted text, never HTML). */
export function SamplingRequestView({ params }: { params: unknown }) {
  const p = asRecord(params);
  const messages = Array.isArray(p.messages) ? (p.messages as MessageLike[]) : [];
  const prefs = objectOr(p.modelPreferences);
  const hints = Array.isArray(prefs?.hints)
    ? prefs.hints.map((h) => (typeof asRecord(h).name === "string" ? String(asRecord(h).name) : JSON.stringify(h)))
    : [];
  const tools = Array.isArray(p.tools) ? p.tools.map(asRecord) : undefined;
  const facts: [string, React.ReactNode][] = [];
  if (p.maxTokens !== undefined) facts.push(["maxTokens", String(p.maxTokens)]);
  if (p.temperature !== undefined) facts.push(["temperature", String(p.temperature)]);
  if (p.includeContext !== undefined) facts.push(["includeContext", String(p.includeContext)]);
  if (Array.isArray(p.stopSequences)) facts.push(["stopSequences", p.stopSequences.map((s) => JSON.stringify(s)).join(", ") || "(none)"]);
  if (prefs) {
    if (hints.length) facts.push(["model hints", hints.join(", ")]);
    for (const k of ["costPriority", "speedPriority", "intelligencePriority"])
      if (prefs[k] !== undefined) facts.push([k, String(prefs[k])]);
  }
  if (p.toolChoice !== undefined) facts.push(["toolChoice", JSON.stringify(p.toolChoice)]);
  if (p.metadata !== undefined) facts.push(["metadata", JSON.stringify(p.metadata)]);
  return (
    <div className="sampling-request" data-testid="sampling-request">
      {typeof p.systemPrompt === "string" && (
        <>
          <h5>System prompt</h5>
          <pre className="system-prompt">
            <ServerText text={p.systemPrompt} prose />
          </pre>
        </>
      )}
      <h5>Messages ({messages.length})</h5>
      <MessageList messages={messages} label="Messages to sample from" />
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([k, v]) => (
            <div key={k} className="fact-pair">
              <dt>{k}</dt>
              <dd className="mono">{typeof v === "string" ? <ServerText text={v} /> : v}</dd>
            </div>
          ))}
        </dl>
      )}
      {tools && (
        <>
          <h5>Tools offered to the model ({tools.length})</h5>
          <ul className="plain-list small">
            {tools.map((t, i) => (
              <li key={i}>
                <code>{typeof t?.name === "string" ? <ServerText text={t.name} /> : "(unnamed)"}</code>{" "}
                {typeof t?.description === "string" && <ServerText text={t.description} prose className="muted" />}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
