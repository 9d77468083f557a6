import type { Negotiated } from "../../lib/wire/session-state";
import { CapabilityTable } from "./capability-table";
import { ServerInfoCard } from "./server-info-card";

export interface NegotiationViewProps {
  negotiated: Negotiated;
  /** The connection has ended: this is what the last one negotiated. */
  stale?: boolean;
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

/** Capability negotiation at a glance: versions, both sides' capabilities, server info, instructions. */
export function NegotiationView({ negotiated: n, stale, onShowEntry }: NegotiationViewProps) {
  const versionDiffers = n.requestedProtocolVersion !== n.protocolVersion;
  return (
    <div className="negotiation" data-testid="negotiation">
      {stale && <p className="notice">Not connected: this is what the last connection negotiated.</p>}
      <ServerInfoCard info={n.serverInfo} />
      <section aria-labelledby="proto-heading" className="card">
        <h3 id="proto-heading">Protocol version</h3>
        <dl className="facts">
          <dt>Requested by the inspector</dt>
          <dd>
            <code>{n.requestedProtocolVersion}</code>
          </dd>
          <dt>Agreed</dt>
          <dd>
            <code data-testid="agreed-protocol">{n.protocolVersion}</code>
            {versionDiffers && <span className="badge badge-warn">the server chose an older version</span>}
          </dd>
        </dl>
        <div className="button-row">
          {n.initializeRequestSeq !== undefined && (
            <button type="button" className="btn-small" onClick={() => onShowEntry(n.initializeRequestSeq!)}>
              Raw initialize request
            </button>
          )}
          {n.initializeResponseSeq !== undefined && (
            <button type="button" className="btn-small" onClick={() => onShowEntry(n.initializeResponseSeq!)}>
              Raw initialize response
            </button>
          )}
        </div>
      </section>
      <CapabilityTable title="Server capabilities" caps={n.serverCapabilities} known={SERVER_CAPS} testId="server-capabilities" />
      <CapabilityTable title="Client capabilities offered" caps={n.clientCapabilities} known={CLIENT_CAPS} testId="client-capabilities" />
      <section aria-labelledby="instructions-heading" className="card">
        <h3 id="instructions-heading">Instructions</h3>
        {n.instructions ? <pre className="instructions">{n.instructions}</pre> : <p className="muted">The server sent no instructions.</p>}
      </section>
    </div>
  );
}
