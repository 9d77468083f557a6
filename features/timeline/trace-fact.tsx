"use client";
import { useState } from "react";
import type { Entry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";
import { parseTraceparent } from "../../lib/otel/ids";
import { hostOf } from "../../components/external-url";
import { useLocalSetting } from "../../client/local-setting";
import { traceLinkTemplate } from "../../client/page-settings";

/** The trace a request belongs to, when OpenTelemetry export put a traceparent in its `_meta`. */
export function traceIdOf(e: Entry): string | undefined {
  if (e.kind !== "message" || e.dir !== "client->server") return undefined;
  return parseTraceparent(asRecord(asRecord(asRecord(e.message).params)._meta).traceparent)?.traceId;
}

/**
 * The request's trace id, with a link to the person's tracing UI when they set a template
 * (`http://127.0.0.1:16686/trace/{traceId}` for Jaeger); only http(s) templates are taken.
 */
export function TraceFact({ entry }: { entry: Entry }) {
  const traceId = traceIdOf(entry);
  const [template, setTemplate] = useLocalSetting(traceLinkTemplate);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(template);
  if (!traceId) return null;
  const href = template ? template.replace("{traceId}", traceId) : undefined;
  const valid = draft === "" || (/\{traceId\}/.test(draft) && hostOf(draft.replace("{traceId}", "0")) !== undefined);
  return (
    <>
      <dt>trace</dt>
      <dd data-testid="trace-fact">
        {href && hostOf(href) ? (
          <a href={href} target="_blank" rel="noopener noreferrer" data-testid="trace-link">
            {traceId}
          </a>
        ) : (
          <code>{traceId}</code>
        )}{" "}
        {editing ? (
          <form
            className="inline-form"
            onSubmit={(ev) => {
              ev.preventDefault();
              if (!valid) return;
              setTemplate(draft);
              setEditing(false);
            }}
          >
            <input
              aria-label="Trace link template"
              placeholder="http://127.0.0.1:16686/trace/{traceId}"
              value={draft}
              onChange={(ev) => setDraft(ev.currentTarget.value)}
              size={40}
            />
            <button type="submit" className="btn-small" disabled={!valid}>
              Save
            </button>
            {!valid && <span className="muted small"> an http(s) URL with {"{traceId}"} in it</span>}
          </form>
        ) : (
          <button
            type="button"
            className="btn-small"
            onClick={() => {
              setDraft(template);
              setEditing(true);
            }}
          >
            {template ? "Change link" : "Link to my tracing UI…"}
          </button>
        )}
      </dd>
    </>
  );
}
