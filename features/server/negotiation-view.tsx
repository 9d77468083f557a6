import type { Negotiated } from "../../lib/session/state";
import { CapabilityTable } from "./capability-table";
import { ServerInfoCard } from "./server-info-card";
import { ProtocolCard } from "./protocol-card";
import { ServerText } from "../../components/server-text";
import type { EraSwitch } from "../../client/protocol-feed";

export interface NegotiationViewProps {
  negotiated: Negotiated;
  /** The connection has ended: this is what the last one negotiated. */
  stale?: boolean;
  /** The server refused initialize first and the inspector switched eras (auto). */
  eraSwitch?: EraSwitch;
  /** Who asked for the protocol version: the inspector, or (a tap's page) the host. */
  requestedBy?: string;
  onShowEntry(seq: number): void;
}

const SERVER_CAPS = [
  { key: "tools", label: "Tools", flags: ["listChanged"] },
  { key: "resources", label: "Resources", flags: ["subscribe", "listChanged"] },
  { key: "prompts", label: "Prompts", flags: ["listChanged"] },
  { key: "logging", label: "Logging", flags: [] },
  { key: "completions", label: "Completions", flags: [] },
  { key: "tasks", label: "Tasks", flags: ["list", "cancel", "requests"] },
  { key: "experimental", label: "Experimental", flags: [] },
];

const CLIENT_CAPS = [
  { key: "sampling", label: "Sampling", flags: ["context", "tools"] },
  { key: "elicitation", label: "Elicitation", flags: ["form", "url"] },
  { key: "roots", label: "Roots", flags: ["listChanged"] },
  { key: "tasks", label: "Tasks", flags: ["list", "cancel", "requests"] },
  { key: "experimental", label: "Experimental", flags: [] },
];

/** Capability negotiation at a glance: era and versions, both sides' capabilities, server info, instructions. */
export function NegotiationView({ negotiated: n, stale, eraSwitch, onShowEntry, requestedBy }: NegotiationViewProps) {
  return (
    <div className="negotiation" data-testid="negotiation">
      {stale && <p className="notice">Not connected: this is what the last connection negotiated.</p>}
      <ServerInfoCard info={n.serverInfo} />
      <ProtocolCard negotiated={n} eraSwitch={eraSwitch} onShowEntry={onShowEntry} requestedBy={requestedBy} />
      <CapabilityTable title="Server capabilities" caps={n.serverCapabilities} known={SERVER_CAPS} testId="server-capabilities" />
      <CapabilityTable
        title={n.era === "modern" ? "Client capabilities (in every request's _meta)" : "Client capabilities offered"}
        caps={n.clientCapabilities}
        known={CLIENT_CAPS}
        testId="client-capabilities"
      />
      <section aria-labelledby="instructions-heading" className="card">
        <h3 id="instructions-heading">Instructions</h3>
        {n.instructions ? (
          <pre className="instructions">
            <ServerText text={n.instructions} prose />
          </pre>
        ) : (
          <p className="muted">The server sent no instructions.</p>
        )}
      </section>
    </div>
  );
}
