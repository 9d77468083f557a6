"use client";
import { hostOf, openExternal } from "./external-url";
import { JsonPreview } from "./json-preview";
import { asRecord } from "../lib/json/shape";
import { shownName, shownProse } from "./shown-text";

/** MCP 2025-11-25: the server needs the person to visit URLs (URL elicitations) before the request can succeed. */
export const URL_ELICITATION_REQUIRED = -32042;

interface UrlElicitation {
  url: string;
  message?: string;
  elicitationId?: string;
}

function elicitationsOf(data: unknown): UrlElicitation[] {
  const list = asRecord(data).elicitations;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => {
    const x = (e ?? {}) as Record<string, unknown>;
    return typeof x.url === "string"
      ? [
          {
            url: x.url,
            message: typeof x.message === "string" ? x.message : undefined,
            elicitationId: typeof x.elicitationId === "string" ? x.elicitationId : undefined,
          },
        ]
      : [];
  });
}

/**
 * The -32042 error in words: each URL the server asks the person to visit, as text with its
 * host, opened only on a click; then the call can be run again. Other data stays as JSON.
 */
export function UrlElicitationRequired({ data }: { data: unknown }) {
  const items = elicitationsOf(data);
  if (items.length === 0) return <JsonPreview value={data} fileName="error-data.json" />;
  return (
    <div className="url-elicitation-required" data-testid="url-elicitation-required">
      <p>
        The server needs you to visit {items.length === 1 ? "this page" : "these pages"} first (URL elicitation), then run the call again:
      </p>
      <ol className="plain-list">
        {items.map((e, i) => {
          const host = hostOf(e.url);
          return (
            <li key={i}>
              {e.message && <p>{shownProse(e.message)}</p>}
              <code>{shownName(e.url)}</code>{" "}
              {host ? <strong>({host})</strong> : <span className="form-error">not an http(s) URL: it will not be opened</span>}{" "}
              <button type="button" className="btn-small" disabled={!host} onClick={() => openExternal(e.url)}>
                Open in a new tab
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
