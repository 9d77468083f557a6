// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Direction, Entry } from "../../lib/record/format";
import { NO_FILTER, TimelineStore } from "../../client/timeline-store";
import { LintStore, entrySourceOf } from "../../client/lint-store";
import { TimelineContainer } from "../../features/timeline/timeline-container";
import { TimelineRow } from "../../features/timeline/timeline-row";

afterEach(cleanup);

function storeWith(entries: Entry[]): TimelineStore {
  const store = new TimelineStore((f) => f());
  store.push(entries);
  return store;
}
const msg = (seq: number, dir: Direction, message: unknown, pair?: { seq: number; method: string }): Entry =>
  ({ seq, t: seq, kind: "message", dir, message, size: 10, ...(pair ? { pair: { ...pair, latencyMs: 1 } } : {}) }) as Entry;

describe("cancelled requests are marked", () => {
  it("notifications/cancelled names the request by its sender's id; the same id the other way is another request", () => {
    const store = storeWith([
      msg(1, "client->server", { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "slow" } }),
      msg(2, "server->client", { jsonrpc: "2.0", id: 5, method: "sampling/createMessage", params: {} }),
      msg(3, "client->server", {
        jsonrpc: "2.0",
        method: "notifications/cancelled",
        params: { requestId: 5, reason: "cancelled from the inspector page" },
      }),
      msg(4, "client->server", { jsonrpc: "2.0", id: 6, method: "tools/call", params: { name: "other" } }),
    ]);
    expect(store.cancellationOf(1)).toBe(3);
    expect(store.cancellationOf(2)).toBeUndefined();
    expect(store.cancellationOf(4)).toBeUndefined();
  });

  it("the server cancelling its own request marks that one; 2026-07-28's closed stream is read from the engine's note", () => {
    const store = storeWith([
      msg(1, "server->client", { jsonrpc: "2.0", id: "s1", method: "elicitation/create", params: {} }),
      msg(2, "server->client", { jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: "s1" } }),
      msg(3, "client->server", { jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "slow" } }),
      {
        seq: 4,
        t: 4,
        kind: "lifecycle",
        event: "note",
        text: "request 9 (tools/call) ended by closing its HTTP stream: in the 2026-07-28 era that is the cancellation (cancelled from the inspector page)",
      },
    ]);
    expect(store.cancellationOf(1)).toBe(2);
    expect(store.cancellationOf(3)).toBe(4);
    store.reset();
    expect(store.cancellationOf(3)).toBeUndefined();
  });

  it("the row says so", () => {
    const e = msg(1, "client->server", { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "slow" } });
    render(<TimelineRow entry={e} top={0} selected={false} onSelect={() => undefined} cancelledBy={3} />);
    expect(screen.getByTestId("cancelled-mark").textContent).toContain("cancelled");
    expect(screen.getByTestId("timeline-row").getAttribute("data-cancelled")).toBe("true");
  });
});

describe('the "error" chip', () => {
  it("shows JSON-RPC errors and tools/call results with isError: true, not other results", () => {
    const store = storeWith([
      msg(1, "client->server", { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "fails" } }),
      msg(2, "server->client", { jsonrpc: "2.0", id: 1, result: { content: [], isError: true } }, { seq: 1, method: "tools/call" }),
      msg(3, "client->server", { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "works" } }),
      msg(4, "server->client", { jsonrpc: "2.0", id: 2, result: { content: [], isError: false } }, { seq: 3, method: "tools/call" }),
      msg(5, "client->server", { jsonrpc: "2.0", id: 3, method: "nope" }),
      msg(6, "server->client", { jsonrpc: "2.0", id: 3, error: { code: -32601, message: "Method not found" } }, { seq: 5, method: "nope" }),
      // isError means something only on a tool result.
      msg(7, "server->client", { jsonrpc: "2.0", id: 4, result: { isError: true } }, { seq: 5, method: "prompts/get" }),
    ]);
    const view = store.view({ ...NO_FILTER, kinds: ["error"] });
    expect(Array.from({ length: view.count }, (_, i) => view.at(i).seq)).toEqual([2, 6]);
  });
});

describe("the entry detail closes", () => {
  // jsdom has no matchMedia (the detail's editor asks for the colour scheme).
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  const entries = [
    msg(1, "client->server", { jsonrpc: "2.0", id: 1, method: "ping" }),
    msg(2, "server->client", { jsonrpc: "2.0", id: 1, result: {} }, { seq: 1, method: "ping" }),
  ];
  it("with its × button and with Escape; the next selection opens it again", () => {
    const store = storeWith(entries);
    const lint = new LintStore(entrySourceOf(store));
    const onSelect = vi.fn();
    const { rerender } = render(<TimelineContainer store={store} lint={lint} focus={{ seq: 2, nonce: 1 }} onSelect={onSelect} />);
    expect(screen.getByTestId("entry-detail").textContent).toContain("seq 2");
    // A shared recording's entries are read, not sent again.
    expect(screen.queryByRole("button", { name: "Run again" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Close the entry" }));
    expect(screen.queryByTestId("entry-detail")).toBeNull();
    rerender(<TimelineContainer store={store} lint={lint} focus={{ seq: 1, nonce: 2 }} onSelect={onSelect} />);
    expect(screen.getByTestId("entry-detail").textContent).toContain("seq 1");
    fireEvent.keyDown(screen.getByTestId("entry-detail"), { key: "Escape" });
    expect(screen.queryByTestId("entry-detail")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("listbox", { name: "Timeline entries" }));
  });
});
