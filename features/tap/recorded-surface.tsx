"use client";
import { useMemo } from "react";
import type { SessionState } from "../../lib/session/state";
import type { Entry } from "../../lib/record/format";
import { LIST_SPECS, surfaceFromRecord, type ListKind } from "../../lib/surface";
import { useSession } from "../../client/session-context";
import { useTimelineVersion } from "../../client/hooks";
import { NO_FILTER } from "../../client/timeline-store";
import { EmptyState } from "../../components/empty-state";
import { ServerText } from "../../components/server-text";

const SHOWN: { kind: ListKind; title: string }[] = [
  { kind: "tools", title: "Tools" },
  { kind: "prompts", title: "Prompts" },
  { kind: "resources", title: "Resources" },
  { kind: "resourceTemplates", title: "Resource templates" },
];

/**
 * What the server offers, as the host last listed it (lib/surface's surfaceFromRecord): in a tap
 * the page sends no list of its own, so a kind the host never listed says so instead.
 */
export function RecordedSurface({ state }: { state: SessionState }) {
  const { timeline } = useSession();
  const version = useTimelineVersion();
  const surface = useMemo(() => {
    void version;
    const view = timeline.view(NO_FILTER);
    const entries: Entry[] = [];
    for (let i = 0; i < view.count; i++) entries.push(view.at(i));
    return surfaceFromRecord(entries, state.negotiated, { label: state.tap?.server ?? "", origin: "live", transport: "stdio" });
  }, [timeline, version, state.negotiated, state.tap?.server]);
  if (!surface.ok) return <EmptyState title="Nothing listed yet" text={`The host has not listed anything yet: ${surface.message}.`} />;
  return (
    <div className="tap-surface" data-testid="tap-surface">
      <p className="muted small">What the host listed, as the server answered it (the page lists nothing itself).</p>
      {SHOWN.map(({ kind, title }) => {
        const list = surface.surface.lists[kind];
        const id = LIST_SPECS[kind].id;
        return (
          <section key={kind} className="card tap-list" aria-label={title}>
            <h3>
              {title}
              {list.listed && <span className="muted"> ({list.items.length})</span>}
            </h3>
            {!list.listed ? (
              <p className="muted small">{list.why}</p>
            ) : list.items.length === 0 ? (
              <p className="muted small">none</p>
            ) : (
              <ul className="tap-items">
                {list.items.map((item, i) => (
                  <li key={i}>
                    <span className="mono">
                      <ServerText text={String(item[id] ?? "?")} />
                    </span>
                    {typeof item.description === "string" && (
                      <span className="muted small">
                        {" "}
                        — <ServerText text={item.description} />
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
