"use client";
import { useState } from "react";
import { BlobView } from "./blob-view";
import { JsonPreview } from "./json-preview";
import { LongText } from "./long-text";
import { asRecord } from "../lib/json/shape";

/** Reads a resource (resources/read) and gives its result, as the target sent it. */
export type ReadResource = (uri: string) => Promise<unknown>;

type ReadState = { kind: "idle" } | { kind: "reading" } | { kind: "read"; result: unknown } | { kind: "failed"; message: string };

/** A resource link's "Read": resources/read of its URI, the contents shown in place as text or a blob. */
export function ResourceLinkRead({ uri, read }: { uri: string; read: ReadResource }) {
  const [state, setState] = useState<ReadState>({ kind: "idle" });
  const go = () => {
    setState({ kind: "reading" });
    read(uri).then(
      (result) => setState({ kind: "read", result }),
      (e: unknown) => setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) }),
    );
  };
  const contents = state.kind === "read" ? asRecord(state.result).contents : undefined;
  return (
    <div className="resource-link-read">
      <button type="button" className="btn-small" onClick={go} disabled={state.kind === "reading"}>
        {state.kind === "reading" ? "Reading…" : state.kind === "read" ? "Read again" : "Read"}
      </button>
      {state.kind === "failed" && (
        <p className="form-error" role="alert">
          resources/read failed: {state.message}
        </p>
      )}
      {state.kind === "read" &&
        (Array.isArray(contents) ? (
          <ol className="plain-list" data-testid="resource-link-contents">
            {contents.map((c, i) => {
              const x = asRecord(c);
              const mime = typeof x.mimeType === "string" ? x.mimeType : undefined;
              return (
                <li key={i}>
                  {typeof x.text === "string" ? (
                    <LongText text={x.text} fileName="resource.txt" type={mime} />
                  ) : typeof x.blob === "string" ? (
                    <BlobView uri={typeof x.uri === "string" ? x.uri : uri} mimeType={mime} blob={x.blob} />
                  ) : (
                    <JsonPreview value={c} fileName="resource-contents.json" />
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <JsonPreview value={state.result} fileName="resources-read.json" />
        ))}
    </div>
  );
}
