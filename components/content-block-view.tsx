import { base64Size } from "../lib/text/big-text";
import { formatBytes } from "../lib/record/entry-facts";
import type { ContentBlock } from "../lib/protocol/shapes";
import { mediaDataUrl } from "./media";
import { InlineMedia } from "./inline-media";
import { BIG_MEDIA } from "./use-media-url";
import { BlobView } from "./blob-view";
import { JsonPreview } from "./json-preview";
import { LongText } from "./long-text";
import { ServerText } from "./server-text";
import { shownName } from "./shown-text";
import { inertJson } from "../lib/text/visible";
import { ResourceLinkRead, type ReadResource } from "./resource-link-read";
import { asRecord } from "../lib/json/shape";

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** Content annotations (audience, priority, lastModified) in words, if any. */
function annotationText(a: unknown): string | undefined {
  if (typeof a !== "object" || a === null) return undefined;
  const x = asRecord(a);
  const parts = [
    Array.isArray(x.audience) && `for ${x.audience.filter((v) => typeof v === "string").join(" and ")}`,
    typeof x.priority === "number" && `priority ${x.priority}`,
    typeof x.lastModified === "string" && `modified ${x.lastModified}`,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}

/** One content block of a tool result, rendered as text or inline media; never as HTML. Long text is capped (LongText). */
export function ContentBlockView({ block, readResource }: { block: ContentBlock; readResource?: ReadResource }) {
  const b = block as Record<string, unknown>;
  const note = annotationText(b.annotations);
  return (
    <>
      {note && <p className="content-meta">annotations: {shownName(note)}</p>}
      <BlockBody b={b} block={block} readResource={readResource} />
    </>
  );
}

function BlockBody({ b, block, readResource }: { b: Record<string, unknown>; block: ContentBlock; readResource?: ReadResource }) {
  switch (b.type) {
    case "text":
      return (
        <div className="content content-text" data-content-type="text">
          <LongText text={str(b.text) ?? ""} fileName="content.txt" />
        </div>
      );
    case "image":
    case "audio": {
      const kind = b.type;
      return (
        <div className={`content content-${kind}`} data-content-type={kind}>
          <p className="content-meta">
            {kind} · {shown(b.mimeType) ?? "no MIME type"} · {typeof b.data === "string" ? formatBytes(base64Size(b.data)) : "no data"}
          </p>
          <InlineMedia
            kind={kind}
            mimeType={b.mimeType}
            data={b.data}
            label={kind === "image" ? "image returned by the tool" : "audio returned by the tool"}
            invalid={
              <p className="form-error">
                The {kind} is not inline base64 data with an {kind}/* MIME type, so it is not shown.
              </p>
            }
          />
        </div>
      );
    }
    case "resource": {
      const r = (b.resource ?? {}) as Record<string, unknown>;
      // A big blob's base64 is checked as it is decoded (off the main thread), a small one's here.
      const blob = str(r.blob);
      const image = blob !== undefined && (blob.length >= BIG_MEDIA ? isImage(r.mimeType) : !!mediaDataUrl("image", r.mimeType, blob));
      return (
        <div className="content content-resource" data-content-type="resource">
          <p className="content-meta">
            embedded resource <code>{shown(r.uri) ?? "(no uri)"}</code> {str(r.mimeType) && <>· {shown(r.mimeType)}</>}
          </p>
          {str(r.text) !== undefined && <LongText text={str(r.text)!} fileName="resource.txt" />}
          {image && <InlineMedia kind="image" mimeType={r.mimeType} data={r.blob} label={`resource ${shown(r.uri) ?? ""}`} />}
          {str(r.blob) && !image && <BlobView uri={str(r.uri) ?? "resource"} mimeType={str(r.mimeType)} blob={str(r.blob)!} />}
        </div>
      );
    }
    case "resource_link":
      return (
        <div className="content content-link" data-content-type="resource_link">
          <p className="content-meta">resource link</p>
          <p>
            <strong>{shown(b.title) ?? shown(b.name) ?? "(unnamed)"}</strong> <code>{shown(b.uri) ?? "(no uri)"}</code>
          </p>
          {str(b.description) && <ServerText text={str(b.description)!} prose className="muted content-description" />}
          <p className="muted small">
            {shown(b.mimeType)}
            {typeof b.size === "number" && ` · ${formatBytes(b.size)}`}
          </p>
          {readResource && str(b.uri) && <ResourceLinkRead uri={str(b.uri)!} read={readResource} />}
        </div>
      );
    default:
      return (
        <div className="content" data-content-type="unknown">
          <p className="content-meta">unknown content type {inertJson(JSON.stringify(b.type) ?? "")}</p>
          <JsonPreview value={block} fileName="content.json" />
        </div>
      );
  }
}

function isImage(mimeType: unknown): boolean {
  return typeof mimeType === "string" && /^image\/[\w.+-]+$/i.test(mimeType.trim());
}

/** A string field of a block as the page draws it (escaped, issue 52 item 7); undefined when not a string. */
function shown(v: unknown): string | undefined {
  return typeof v === "string" ? shownName(v) : undefined;
}
