// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Direction, Entry } from "../../lib/record/format";
import { TimelineStore } from "../../client/timeline-store";
import { LintStore, entrySourceOf } from "../../client/lint-store";
import { TimelineContainer } from "../../features/timeline/timeline-container";
import { TimelineRow } from "../../features/timeline/timeline-row";
import { SeqLinks } from "../../components/seq-links";
import { ConnectionForm } from "../../features/connection/connection-form";
import { SharedSessionGate } from "../../features/recording/shared-session-gate";

afterEach(cleanup);

// Issue 92, the sixth walk's page points.
const msg = (seq: number, dir: Direction, message: unknown, pair?: { seq: number; method: string }): Entry =>
  ({ seq, t: seq, kind: "message", dir, message, size: 10, ...(pair ? { pair: { ...pair, latencyMs: 1 } } : {}) }) as Entry;
const connecting = (seq: number, to: string): Entry =>
  ({ seq, t: seq, kind: "lifecycle", event: "connecting", text: `connecting to ${to}` }) as Entry;

window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  addEventListener() {},
  removeEventListener() {},
})) as unknown as typeof window.matchMedia;

describe("1. the detail pane follows the connection", () => {
  it("an entry opened before a reconnect closes when the new connection starts; one opened after stays", () => {
    const store = new TimelineStore((f) => f());
    store.push([
      connecting(1, "npx @modelcontextprotocol/server-filesystem"),
      msg(2, "client->server", { jsonrpc: "2.0", id: 14, method: "tools/call", params: { name: "read_file" } }),
      msg(3, "server->client", { jsonrpc: "2.0", id: 14, result: { content: [], isError: true } }, { seq: 2, method: "tools/call" }),
    ]);
    const lint = new LintStore(entrySourceOf(store));
    const { rerender } = render(<TimelineContainer store={store} lint={lint} focus={{ seq: 3, nonce: 1 }} onSelect={vi.fn()} />);
    expect(screen.getByTestId("entry-detail").textContent).toContain("seq 3");
    act(() => store.push([connecting(4, "npx @modelcontextprotocol/server-memory")]));
    expect(screen.queryByTestId("entry-detail")).toBeNull();
    // Picked again after the reconnect, it opens and stays as entries of the new connection arrive.
    rerender(<TimelineContainer store={store} lint={lint} focus={{ seq: 3, nonce: 2 }} onSelect={vi.fn()} />);
    expect(screen.getByTestId("entry-detail").textContent).toContain("seq 3");
    act(() => store.push([msg(5, "client->server", { jsonrpc: "2.0", id: 1, method: "ping" })]));
    expect(screen.getByTestId("entry-detail")).toBeTruthy();
  });
});

describe("2. HTTP transport rows are folded into their request", () => {
  const priming = (seq: number): Entry =>
    ({
      seq,
      t: seq,
      kind: "http",
      http: { method: "POST", status: 200, eventId: `e${seq}` },
      text: "",
      reason: "a priming event: no data, the stream can be resumed from its id",
      size: 0,
    }) as Entry;
  it("the request's row counts them; the HTTP transport filter shows them as rows; a failure is never folded", () => {
    const store = new TimelineStore((f) => f());
    store.push([
      msg(1, "client->server", { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "echo" } }),
      priming(2),
      msg(3, "server->client", { jsonrpc: "2.0", id: 5, result: { content: [] } }, { seq: 1, method: "tools/call" }),
      { seq: 4, t: 4, kind: "http", http: { method: "POST", status: 500 }, text: "", reason: "status 500 with no body", size: 0 } as Entry,
    ]);
    const lint = new LintStore(entrySourceOf(store));
    render(<TimelineContainer store={store} lint={lint} onSelect={vi.fn()} />);
    const seqs = () => screen.getAllByTestId("timeline-row").map((r) => Number(r.dataset.seq));
    // (jsdom lays out three rows: the virtualized list's minimum.)
    expect(seqs()).toEqual([1, 3, 4]);
    expect(screen.getByTestId("folded-http").textContent).toContain("+1 HTTP");
    expect(screen.getByTestId("timeline-count").textContent).toBe("3 of 4 entries");
    const toggle = screen.getByRole("button", { name: "HTTP transport (1)" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(seqs()).toContain(2);
    expect(screen.queryByTestId("folded-http")).toBeNull();
  });
});

describe("3. each number says what it is", () => {
  it('the row\'s JSON-RPC id reads "id 5"; the result card\'s links read "seq 148" and "seq 150"', () => {
    render(
      <TimelineRow
        entry={msg(148, "client->server", { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "echo" } })}
        top={0}
        selected={false}
        onSelect={vi.fn()}
      />,
    );
    const row = screen.getByTestId("timeline-row");
    expect(row.textContent).toContain("id 5");
    expect(row.textContent).not.toContain("#5");
    cleanup();
    render(<SeqLinks requestSeq={148} responseSeq={150} onShowEntry={vi.fn()} />);
    expect(screen.getByRole("button", { name: "Request seq 148" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Response seq 150" })).toBeTruthy();
  });
});

describe("5. small points", () => {
  it("the connect form's examples read as examples, not values", () => {
    render(<ConnectionForm busy={false} onConnect={vi.fn()} onDisconnect={vi.fn()} onRestart={vi.fn()} />);
    const args = screen.getByRole("textbox", { name: "Arguments" }) as HTMLInputElement;
    expect(args.value).toBe("");
    expect(args.placeholder).toBe("e.g. -y @modelcontextprotocol/server-everything");
  });

  it("the opened-session error ends in one period", () => {
    window.history.replaceState(null, "", "/?session=opened");
    render(<SharedSessionGate>{null}</SharedSessionGate>);
    const text = screen.getByTestId("recording-error").textContent ?? "";
    expect(text).toContain("Open the URL the launcher printed.");
    expect(text).not.toContain("..");
    window.history.replaceState(null, "", "/");
  });
});
