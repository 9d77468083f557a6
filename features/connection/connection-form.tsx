"use client";
import { useState } from "react";
import type { SessionStatus } from "../../lib/session/state";
import type { ConnectSpecInput, OfferedCapabilities, ProtocolEraChoice, Target } from "../../lib/target/target";
import { draftFrom, specFrom, type ConnectionDraft } from "./connection-draft";
import { CapabilityOptions } from "./capability-options";
import { KeyValueList } from "../../components/key-value-list";
import { TransportPicker } from "./transport-picker";
import { AuthOptions } from "./auth-options";
import { EraSelect } from "./era-select";

export interface ConnectionFormProps {
  /** The current (or last) target, to start the form from. */
  target?: Target;
  capabilities?: OfferedCapabilities;
  protocolEra?: ProtocolEraChoice;
  status?: SessionStatus;
  /**
   * The backend has not yet said what it runs (its first state), or the server list above the form
   * has not yet come: the form is shown but not yet editable. That state starts the form anew (its
   * target, its capabilities), and that list moves it down, so what a person picked before either
   * came was lost without a word (a quick click on Streamable HTTP undone, or landing elsewhere).
   */
  waiting?: boolean;
  busy: boolean;
  onConnect(spec: ConnectSpecInput): void;
  onDisconnect(): void;
  onRestart(): void;
}

/** Transport, command or URL, env or headers, protocol era, offered capabilities; connect, disconnect, restart. */
export function ConnectionForm({
  target,
  capabilities,
  protocolEra,
  status,
  waiting = false,
  busy,
  onConnect,
  onDisconnect,
  onRestart,
}: ConnectionFormProps) {
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftFrom(target, capabilities, protocolEra));
  const [problem, setProblem] = useState<string>();
  const set = <K extends keyof ConnectionDraft>(k: K, v: ConnectionDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const live = status === "connected" || status === "connecting" || status === "reconnecting";

  return (
    <form
      className="connection-form"
      aria-label="Target"
      onSubmit={(e) => {
        e.preventDefault();
        const r = specFrom(draft);
        if (!r.ok) return setProblem(r.message);
        setProblem(undefined);
        onConnect(r.spec);
      }}
    >
      <fieldset className="form-waiting" disabled={waiting} aria-busy={waiting || undefined}>
        <TransportPicker value={draft.transport} onChange={(t) => set("transport", t)} />
        {draft.transport === "stdio" ? (
          <>
            <label className="field">
              <span>Command</span>
              <input
                value={draft.command}
                onChange={(e) => set("command", e.target.value)}
                placeholder="e.g. npx"
                spellCheck={false}
                autoComplete="off"
              />
            </label>
            <label className="field">
              <span>Arguments</span>
              <input
                value={draft.argsText}
                onChange={(e) => set("argsText", e.target.value)}
                placeholder="e.g. -y @modelcontextprotocol/server-everything"
                spellCheck={false}
                autoComplete="off"
              />
            </label>
            <label className="field">
              <span>Working directory</span>
              <input
                value={draft.cwd}
                onChange={(e) => set("cwd", e.target.value)}
                placeholder="(the inspector's)"
                spellCheck={false}
                autoComplete="off"
              />
            </label>
            <KeyValueList label="Environment" keyLabel="Variable" rows={draft.env} onChange={(r) => set("env", r)} masked />
          </>
        ) : (
          <>
            <label className="field">
              <span>URL</span>
              <input
                value={draft.url}
                onChange={(e) => set("url", e.target.value)}
                placeholder={draft.transport === "sse" ? "e.g. http://localhost:3001/sse" : "e.g. http://localhost:3001/mcp"}
                spellCheck={false}
                autoComplete="off"
                inputMode="url"
              />
            </label>
            <KeyValueList label="Headers" keyLabel="Header" rows={draft.headers} onChange={(r) => set("headers", r)} masked />
            <AuthOptions value={draft.auth} onChange={(a) => set("auth", a)} />
          </>
        )}
        <EraSelect value={draft.protocolEra} onChange={(v) => set("protocolEra", v)} />
        <CapabilityOptions value={draft.capabilities} onChange={(c) => set("capabilities", c)} />
        <label className="field">
          <span>Answer timeout for server requests (s)</span>
          <input
            value={draft.answerTimeoutText}
            onChange={(e) => set("answerTimeoutText", e.target.value)}
            inputMode="decimal"
            autoComplete="off"
          />
        </label>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="btn-primary" disabled={busy}>
            {status === "connecting" ? "Connecting…" : live ? "Reconnect with these settings" : "Connect"}
          </button>
          <button type="button" onClick={onDisconnect} disabled={!live}>
            Disconnect
          </button>
          <button type="button" onClick={onRestart} disabled={!target || busy}>
            Restart
          </button>
        </div>
      </fieldset>
    </form>
  );
}
