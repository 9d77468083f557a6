"use client";
import { useState } from "react";
import { EmptyState } from "../../components/empty-state";
import { NotConnected } from "../../components/not-connected";
import { ToolList } from "./tool-list";
import type { SessionState } from "../../lib/session/state";
import { useTools } from "../../client/hooks";
import { ToolRunner } from "./tool-runner";

/**
 * The Tools tab: the list (paginated, refreshed on list_changed) beside the selected tool's runner
 * when the pane is wide enough, so the result of Run lands in view; stacked on a narrow one.
 */
export function ToolsContainer({ state, onShowEntry }: { state?: SessionState; onShowEntry(seq: number): void }) {
  const tools = useTools(state);
  const [selected, setSelected] = useState<string>();
  if (state?.status !== "connected") return <NotConnected state={state} text="Connect to a server to list and call its tools." />;
  if (state.negotiated?.serverCapabilities?.tools === undefined)
    return <EmptyState title="This server offers no tools" text="It did not declare the tools capability at initialize." />;
  const list = tools.data?.pages.flatMap((p) => p.tools) ?? [];
  const tool = list.find((t) => t.name === selected);
  return (
    <div className="tools-split">
      <div className="tools-split-grid">
        <ToolList
          tools={list}
          selected={selected}
          onSelect={setSelected}
          loading={tools.isFetching}
          error={tools.error?.message}
          hasMore={tools.hasNextPage}
          onLoadMore={() => void tools.fetchNextPage()}
          onRefresh={() => void tools.refetch()}
        />
        {tool ? (
          <ToolRunner key={`${state.generation}:${tool.name}`} tool={tool} tools={list} onShowEntry={onShowEntry} />
        ) : (
          <EmptyState title="Pick a tool" text="Its form, built from the tool's input schema, appears here." />
        )}
      </div>
    </div>
  );
}
