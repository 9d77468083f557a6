import { shownName } from "../../components/shown-text";
import type { Negotiated } from "../../lib/session/state";
import type { EraSwitch } from "../../client/protocol-feed";

export interface ProtocolCardProps {
  negotiated: Negotiated;
  /** Set when the server refused initialize first and the inspector switched to 2026-07-28. */
  eraSwitch?: EraSwitch;
  onShowEntry(seq: number): void;
  /** Who asked for the protocol version (default the inspector; a tap's page: the host). */
  requestedBy?: string;
}

const ERA_TEXT = {
  legacy: "legacy (2025-11-25 and earlier)",
  modern: "modern (2026-07-28): every request carries a _meta envelope",
};

/** Era, handshake and versions, with links to the handshake's frames and to a refused initialize. */
export function ProtocolCard({ negotiated: n, eraSwitch, onShowEntry, requestedBy = "the inspector" }: ProtocolCardProps) {
  const handshake = n.era === "modern" ? "server/discover" : "initialize";
  const versionDiffers = n.requestedProtocolVersion !== n.protocolVersion;
  return (
    <section aria-labelledby="proto-heading" className="card" data-testid="protocol-card">
      <h3 id="proto-heading">Protocol</h3>
      <dl className="facts">
        <dt>Era</dt>
        <dd data-testid="protocol-era" data-era={n.era}>
          {ERA_TEXT[n.era]}
        </dd>
        <dt>Handshake</dt>
        <dd>
          <code data-testid="handshake-method">{handshake}</code>
        </dd>
        <dt>Requested by {requestedBy}</dt>
        <dd>
          <code>{shownName(n.requestedProtocolVersion)}</code>
        </dd>
        <dt>Agreed</dt>
        <dd>
          <code data-testid="agreed-protocol">{shownName(n.protocolVersion)}</code>
          {versionDiffers && <span className="badge badge-warn">the server chose an older version</span>}
        </dd>
      </dl>
      {eraSwitch && (
        <div className="notice era-switch" data-testid="era-switch">
          <p>
            The server refused <code>initialize</code> first (it does not speak 2025-11-25), so the inspector switched to the 2026-07-28 era
            and sent <code>server/discover</code>.
          </p>
          <p className="small">{eraSwitch.text}</p>
          <div className="button-row">
            {eraSwitch.initializeSeq !== undefined && (
              <button type="button" className="btn-small" onClick={() => onShowEntry(eraSwitch.initializeSeq!)}>
                Refused initialize request
              </button>
            )}
            {eraSwitch.refusalSeq !== undefined && (
              <button type="button" className="btn-small" onClick={() => onShowEntry(eraSwitch.refusalSeq!)}>
                The server&apos;s refusal
              </button>
            )}
          </div>
        </div>
      )}
      <div className="button-row">
        {n.initializeRequestSeq !== undefined && (
          <button type="button" className="btn-small" onClick={() => onShowEntry(n.initializeRequestSeq!)}>
            Raw {handshake} request
          </button>
        )}
        {n.initializeResponseSeq !== undefined && (
          <button type="button" className="btn-small" onClick={() => onShowEntry(n.initializeResponseSeq!)}>
            Raw {handshake} response
          </button>
        )}
      </div>
    </section>
  );
}
