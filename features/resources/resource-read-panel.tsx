"use client";
import { isAppMimeType } from "../../lib/apps/app-meta";
import type { ReactNode } from "react";
import { MetaField } from "../../components/meta-field";
import { ResourceContentsView, type ResourceContents } from "./resource-contents-view";
import { SaveAsTestButton } from "../collections/save-as-test-button";
import { shownName, shownProse } from "../../components/shown-text";

export interface ResourceReadPanelProps {
  /** What is being read: a listed resource, or a template (then `uri` is its expansion). */
  heading: string;
  uri: string;
  description?: string;
  mimeType?: string;
  /** Fields of a template's variables, above the Read button. */
  children?: ReactNode;
  metaText: string;
  onMetaText(text: string): void;
  onRead(): void;
  reading: boolean;
  canRead: boolean;
  contents?: ResourceContents[];
  error?: string;
  /** The last read's request in the record: "Save as test" keeps it in a collection. */
  requestSeq?: number;
  /** Offered only when the server declared resources.subscribe. */
  subscribe?: { subscribed: boolean; busy: boolean; onSubscribe(): void; onUnsubscribe(): void };
}

/** One resource (or template): read it, subscribe to it, and show what came back. */
export function ResourceReadPanel({
  heading,
  uri,
  description,
  mimeType,
  children,
  metaText,
  onMetaText,
  onRead,
  reading,
  canRead,
  contents,
  error,
  requestSeq,
  subscribe,
}: ResourceReadPanelProps) {
  return (
    <article className="tool-runner resource-panel" aria-label={shownName(heading)}>
      <h3>{shownName(heading)}</h3>
      {description && <p className="tool-description">{shownProse(description)}</p>}
      {children}
      <p className="small">
        <span className="muted">URI </span>
        <code data-testid="resource-uri">{uri ? shownName(uri) : "…"}</code>
        {mimeType && <span className="muted"> · {shownName(mimeType)}</span>}
        {isAppMimeType(mimeType) && (
          <span
            className="badge badge-app"
            data-testid="app-resource-badge"
            title="An MCP Apps UI: it renders beside the result of the tool that names it (Tools tab); reading it here shows its source"
          >
            App UI
          </span>
        )}
      </p>
      <MetaField text={metaText} onChange={onMetaText} />
      <div className="form-actions">
        <button type="button" className="btn-primary" onClick={onRead} disabled={reading || !canRead}>
          {reading ? "Reading…" : "Read resource"}
        </button>
        {subscribe &&
          (subscribe.subscribed ? (
            <button type="button" onClick={subscribe.onUnsubscribe} disabled={subscribe.busy || !uri}>
              Unsubscribe
            </button>
          ) : (
            <button type="button" onClick={subscribe.onSubscribe} disabled={subscribe.busy || !uri}>
              Subscribe
            </button>
          ))}
        {contents && !reading && <SaveAsTestButton requestSeq={requestSeq} defaultName={`read ${uri}`} />}
      </div>
      {error && (
        <div className="error-box" role="alert">
          <strong>resources/read failed:</strong> {shownProse(error)}
        </div>
      )}
      {contents && !reading && <ResourceContentsView contents={contents} />}
    </article>
  );
}
