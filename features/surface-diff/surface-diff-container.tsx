"use client";
import { useMemo, useState } from "react";
import { EmptyState } from "../../components/empty-state";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { useTimelineVersion } from "../../client/hooks";
import { NO_FILTER } from "../../client/timeline-store";
import { diffSides, liveSurface, readSideFile, type DiffSide } from "./diff-sides";
import { listEverything } from "./list-everything";
import { LIST_KINDS, LIST_SPECS } from "../../lib/surface";
import { SidePicker, type SideMode } from "./side-picker";
import { SurfaceDiffResult } from "./surface-diff-result";

interface SideState {
  mode: SideMode;
  file?: DiffSide & { kind: "file" };
  error?: string;
}

type Which = "old" | "new";

/**
 * The Diff tab: what changed between two versions of a server, as `inspector diff` says it. Each
 * side is the live session (its negotiation and the listings in its record) or a session file.
 */
export function SurfaceDiffContainer({ state, active = true }: { state?: SessionState; active?: boolean }) {
  const session = useSession();
  const version = useTimelineVersion();
  const [sides, setSides] = useState<Record<Which, SideState>>({ old: { mode: "file" }, new: { mode: "live" } });
  const [listing, setListing] = useState<{ busy: boolean; failed: string[] }>({ busy: false, failed: [] });
  const edit = (which: Which, f: (s: SideState) => SideState) => setSides((all) => ({ ...all, [which]: f(all[which]) }));

  const onFile = (which: Which, text: string, name: string, refused?: string) => {
    if (refused) return edit(which, (s) => ({ ...s, error: `${name}: ${refused}` }));
    const read = readSideFile(text, name);
    edit(which, (s) => (read.ok ? { mode: "file", file: read.side } : { ...s, error: read.message }));
  };
  const chosen = (s: SideState): DiffSide | undefined => (s.mode === "live" ? { kind: "live" } : s.file);
  const usesLive = sides.old.mode === "live" || sides.new.mode === "live";

  // The live side is read again whenever the record grows (version) or the session changes (state).
  // While hidden (the dialog closed), a long record is not re-read on every entry.
  const live = useMemo(() => {
    if (!usesLive || !active) return undefined;
    const view = session.timeline.view(NO_FILTER);
    const entries: Entry[] = [];
    for (let i = 0; i < view.count; i++) entries.push(view.at(i));
    return liveSurface(state, entries);
  }, [usesLive, active, state, session, version]); // eslint-disable-line react-hooks/exhaustive-deps -- `version` is the record's change count: the entries are read from the store, which has no other value that changes
  const result = useMemo(
    () =>
      active || !usesLive ? diffSides(chosen(sides.old), chosen(sides.new), () => live ?? { ok: false, message: "unused" }) : undefined,
    [sides, live, active, usesLive],
  );
  const unlisted = live?.ok ? LIST_KINDS.filter((k) => !live.surface.lists[k].listed).map((k) => LIST_SPECS[k].method) : [];

  const listAll = async () => {
    setListing({ busy: true, failed: [] });
    const failed = await listEverything(state?.negotiated?.serverCapabilities ?? {}, (method, params) =>
      session.command({ type: "request", method, ...(params ? { params } : {}) }),
    );
    setListing({ busy: false, failed });
  };
  const connected = state?.status === "connected";

  return (
    <div className="surface-diff" data-testid="surface-diff">
      <p className="muted small">
        Compare two versions of a server: tools, resources, templates and prompts with their schemas, capabilities, protocol version and
        server info, each change classified breaking or compatible as <code>inspector diff</code> does.
      </p>
      <div className="diff-pickers">
        {(["old", "new"] as const).map((w) => (
          <SidePicker
            key={w}
            which={w}
            mode={sides[w].mode}
            fileName={sides[w].file?.name}
            error={sides[w].error}
            onMode={(mode) => edit(w, (s) => ({ ...s, mode, error: undefined }))}
            onFile={(t, n, refused) => onFile(w, t, n, refused)}
          />
        ))}
      </div>
      <div className="button-row">
        <button type="button" onClick={() => setSides((s) => ({ old: s.new, new: s.old }))}>
          Swap old and new
        </button>
        {usesLive && (
          <button
            type="button"
            onClick={() => void listAll()}
            disabled={!connected || listing.busy}
            title="tools/list, resources/list, resources/templates/list and prompts/list, every page, for what the server declares"
          >
            {listing.busy ? "Listing…" : "List everything on the live server"}
          </button>
        )}
      </div>
      {unlisted.length > 0 && !listing.busy && (
        <p className="notice small" data-testid="diff-unlisted">
          The live session has not listed everything yet ({unlisted.join(", ")} never answered in full): those are not compared. Press{" "}
          <strong>List everything on the live server</strong>.
        </p>
      )}
      {listing.failed.length > 0 && (
        <p className="notice small" role="alert">
          Some listings failed (see the timeline): {listing.failed.join("; ")}
        </p>
      )}
      {!result ? (
        <EmptyState title="Pick both sides" text="Choose a session file for each side that has none, or the live session." />
      ) : result.ok ? (
        <SurfaceDiffResult diff={result.diff} />
      ) : (
        <p className="error-box" role="alert" data-testid="diff-side-problem">
          {result.side === "old" ? "Old" : "New"} side: {result.message}
        </p>
      )}
    </div>
  );
}
