"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { EmptyState } from "../../components/empty-state";
import { NotConnected } from "../../components/not-connected";
import { FeatureList } from "../../components/feature-list";
import type { ResourceContents } from "./resource-contents-view";
import { ResourceReadPanel } from "./resource-read-panel";
import { SubscriptionList } from "./subscription-list";
import type { SessionState } from "../../lib/session/state";
import { useSession } from "../../client/session-context";
import { parseJsonObject } from "../../components/json-object";
import { sendRequest, serverCaps, useFeed, useResources, useResourceTemplates } from "../../client/protocol-hooks";
import { expandTemplate, templateVariables } from "./uri-template";
import { useResourceSubscriptions } from "./use-resource-subscriptions";
import { CompletionField } from "../completion/completion-field";
import { asRecord, objectOr } from "../../lib/json/shape";
import { shownName } from "../../components/shown-text";

type Selection = { kind: "resource"; uri: string } | { kind: "template"; uriTemplate: string };
interface ReadState {
  reading?: boolean;
  contents?: ResourceContents[];
  error?: string;
  /** The read's request in the record ("Save as test"). */
  requestSeq?: number;
}

/**
 * The Resources tab: resources and templates (paginated, refreshed on list_changed) beside what is
 * read (a listed resource is read on one click), subscriptions (resources/subscribe, or
 * subscriptions/listen in 2026-07-28).
 */
export function ResourcesContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const session = useSession();
  const resources = useResources(state);
  const templates = useResourceTemplates(state);
  const { feed, version } = useFeed();
  const [sel, setSel] = useState<Selection>();
  const [reads, setReads] = useState<Record<string, ReadState>>({});
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [metaText, setMetaText] = useState("");
  const subs = useResourceSubscriptions(state);
  // uri -> seq after which updates trigger a re-read (set when the person turned it on).
  const [autoRead, setAutoRead] = useState<Map<string, number>>(new Map());
  const handled = useRef(0);
  // Stacked under the lists (a narrow pane), what was picked starts below the fold: bring it up.
  const mainRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = mainRef.current;
    if (sel && el && el.getBoundingClientRect().top > window.innerHeight * 0.6) el.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [sel]);

  const caps = serverCaps(state);
  const resCaps = asRecord(caps?.resources);
  const canSubscribe = resCaps.subscribe === true;
  const list = resources.data?.pages.flatMap((p) => p.items) ?? [];
  const tlist = templates.data?.pages.flatMap((p) => p.items) ?? [];
  const subscriptions = subs.subscribed;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the feed changes in place; its version says when
  const updates = useMemo(() => [...feed.resourceUpdates].reverse(), [feed, version]);

  const read = async (uri: string) => {
    const meta = parseJsonObject(metaText, "_meta", true);
    if (!meta.ok) return setReads((r) => ({ ...r, [uri]: { error: meta.message } }));
    setReads((r) => ({ ...r, [uri]: { ...r[uri], reading: true, error: undefined } }));
    try {
      const out = await sendRequest(session, { method: "resources/read", params: { uri, ...(meta.value ? { _meta: meta.value } : {}) } });
      const read = objectOr(out.result);
      const contents = Array.isArray(read?.contents) ? (read.contents as ResourceContents[]) : [];
      setReads((r) => ({ ...r, [uri]: { contents, requestSeq: out.requestSeq } }));
    } catch (e) {
      setReads((r) => ({ ...r, [uri]: { error: (e as Error).message } }));
    }
  };

  const subscribeProps = (uri: string) => ({
    subscribed: subscriptions.includes(uri),
    busy: subs.busy(uri),
    onSubscribe: () => subs.subscribe(uri),
    onUnsubscribe: () => subs.unsubscribe(uri),
  });

  // Re-read subscribed resources when their update arrives (only updates after auto was turned on).
  useEffect(() => {
    const fresh = feed.resourceUpdates.filter((u) => u.seq > handled.current);
    if (fresh.length) handled.current = fresh[fresh.length - 1].seq;
    const due = new Set(fresh.filter((u) => autoRead.has(u.uri) && u.seq > autoRead.get(u.uri)!).map((u) => u.uri));
    for (const uri of due) void read(uri);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per batch of entries (the feed's version), reading the latest settings
  }, [version]);

  if (state?.status !== "connected") return <NotConnected state={state} text="Connect to a server to list and read its resources." />;
  if (caps?.resources === undefined)
    return <EmptyState title="This server offers no resources" text="It did not declare the resources capability at initialize." />;

  let panel = (
    <EmptyState
      title="Pick a resource or a template"
      text="Its contents appear here: text, images, audio, or binary with a hex preview and a download."
    />
  );
  if (sel?.kind === "resource") {
    const r = list.find((x) => x.uri === sel.uri);
    const rs = reads[sel.uri] ?? {};
    panel = (
      <ResourceReadPanel
        heading={r?.title ?? r?.name ?? sel.uri}
        uri={sel.uri}
        description={r?.description}
        mimeType={r?.mimeType}
        metaText={metaText}
        onMetaText={setMetaText}
        onRead={() => void read(sel.uri)}
        reading={!!rs.reading}
        canRead
        contents={rs.contents}
        requestSeq={rs.requestSeq}
        error={rs.error ?? subs.errorOf(sel.uri)}
        subscribe={canSubscribe ? subscribeProps(sel.uri) : undefined}
      />
    );
  } else if (sel?.kind === "template") {
    const t = tlist.find((x) => x.uriTemplate === sel.uriTemplate);
    const vars = templateVariables(sel.uriTemplate);
    const vals = values[sel.uriTemplate] ?? {};
    const uri = expandTemplate(sel.uriTemplate, Object.fromEntries(vars.map((v) => [v.name, vals[v.name] || undefined])));
    const complete = vars.every((v) => (vals[v.name] ?? "") !== "");
    const rs = reads[uri] ?? {};
    panel = (
      <ResourceReadPanel
        heading={t?.title ?? t?.name ?? sel.uriTemplate}
        uri={uri}
        description={t?.description}
        mimeType={t?.mimeType}
        metaText={metaText}
        onMetaText={setMetaText}
        onRead={() => void read(uri)}
        reading={!!rs.reading}
        canRead={complete}
        contents={rs.contents}
        requestSeq={rs.requestSeq}
        error={rs.error ?? subs.errorOf(uri)}
        subscribe={canSubscribe && complete ? subscribeProps(uri) : undefined}
      >
        <p className="small">
          <span className="muted">Template </span>
          <code>{shownName(sel.uriTemplate)}</code>
        </p>
        {vars.map((v) => (
          <CompletionField
            key={v.name}
            state={state}
            completionRef={{ type: "ref/resource", uri: sel.uriTemplate }}
            name={v.name}
            value={vals[v.name] ?? ""}
            required
            onChange={(x) => setValues((all) => ({ ...all, [sel.uriTemplate]: { ...vals, [v.name]: x } }))}
            context={Object.fromEntries(Object.entries(vals).filter(([k, x]) => k !== v.name && x !== ""))}
          />
        ))}
      </ResourceReadPanel>
    );
  }

  return (
    <div className="resources-split">
      <div className="resources-split-grid">
        <div className="feature-lists resources-split-lists">
          <FeatureList
            title="Resources"
            method="resources/list"
            items={list.map((r) => ({ key: r.uri, label: r.title ?? r.name ?? r.uri, detail: r.uri, description: r.description }))}
            selected={sel?.kind === "resource" ? sel.uri : undefined}
            onSelect={(uri) => {
              // Select is read: one click shows the contents (the button beside them reads again).
              setSel({ kind: "resource", uri });
              void read(uri);
            }}
            loading={resources.isFetching}
            error={resources.error?.message}
            hasMore={resources.hasNextPage}
            onLoadMore={() => void resources.fetchNextPage()}
            onRefresh={() => void resources.refetch()}
            testIdPrefix="resource"
          />
          <FeatureList
            title="Resource templates"
            method="resources/templates/list"
            items={tlist.map((t) => ({
              key: t.uriTemplate,
              label: t.title ?? t.name ?? t.uriTemplate,
              detail: t.uriTemplate,
              description: t.description,
            }))}
            selected={sel?.kind === "template" ? sel.uriTemplate : undefined}
            onSelect={(uriTemplate) => setSel({ kind: "template", uriTemplate })}
            loading={templates.isFetching}
            error={templates.error?.message}
            hasMore={templates.hasNextPage}
            onLoadMore={() => void templates.fetchNextPage()}
            onRefresh={() => void templates.refetch()}
            testIdPrefix="template"
          />
        </div>
        <div ref={mainRef} className="feature-main">
          {panel}
          {canSubscribe && (
            <SubscriptionList
              subscriptions={subscriptions}
              autoRead={new Set(autoRead.keys())}
              onToggleAuto={(uri) =>
                setAutoRead((m) => {
                  const next = new Map(m);
                  if (next.has(uri)) next.delete(uri);
                  else next.set(uri, session.timeline.lastSeq);
                  return next;
                })
              }
              onUnsubscribe={subs.unsubscribe}
              onOpen={(uri) => {
                setSel(list.some((r) => r.uri === uri) ? { kind: "resource", uri } : sel);
                void read(uri);
              }}
              updates={updates}
              onShowEntry={onShowEntry}
              note={
                state.negotiated?.era === "modern"
                  ? "2026-07-28: each subscription is a subscriptions/listen request held open; Unsubscribe cancels it."
                  : undefined
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
