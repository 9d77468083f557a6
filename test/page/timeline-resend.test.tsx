// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Entry } from "../../lib/record/format";
import { parseComposer } from "../../lib/protocol/methods";
import { canSendAgain, composerTextOf, resendDraftOf } from "../../features/timeline/resend";
import { ResendActions } from "../../features/timeline/resend-actions";
import { RawDraftStore } from "../../client/raw-draft";

afterEach(cleanup);

const sent = (seq: number, message: unknown, extra: Partial<Entry> = {}): Entry =>
  ({ seq, t: seq, kind: "message", dir: "client->server", message, size: 10, ...extra }) as Entry;

describe("send a recorded request again", () => {
  it("keeps method and params, leaves out the progress token the engine minted, and asks for progress again", () => {
    const e = sent(3, {
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: { name: "echo", arguments: { message: "hi" }, _meta: { progressToken: 7 } },
    });
    expect(resendDraftOf(e)).toEqual({ method: "tools/call", params: { name: "echo", arguments: { message: "hi" } }, progress: true });
  });

  it("keeps the person's own _meta keys, drops the 2026-07-28 envelope and one round's MRTR state", () => {
    const e = sent(
      9,
      {
        jsonrpc: "2.0",
        id: 4,
        method: "tools/call",
        params: {
          name: "x",
          requestState: "opaque-from-server",
          inputResponses: { a: {} },
          _meta: {
            "io.modelcontextprotocol/protocolVersion": "2026-07-28",
            "io.modelcontextprotocol/logLevel": "debug",
            "io.modelcontextprotocol/clientInfo": {},
            "io.modelcontextprotocol/clientCapabilities": {},
            "example.com/trace": "t-1",
          },
        },
      },
      { retryOf: 5 } as Partial<Entry>,
    );
    expect(resendDraftOf(e)).toEqual({
      method: "tools/call",
      params: { name: "x", _meta: { "example.com/trace": "t-1" } },
      progress: false,
    });
  });

  it("a request without params stays without; responses, notifications and the server's requests are not offered", () => {
    expect(resendDraftOf(sent(1, { jsonrpc: "2.0", id: 1, method: "ping" }))).toEqual({ method: "ping", progress: false });
    expect(resendDraftOf(sent(2, { jsonrpc: "2.0", method: "notifications/initialized" }))).toBeUndefined();
    expect(resendDraftOf({ ...sent(3, { jsonrpc: "2.0", id: 1, result: {} }), dir: "server->client" } as Entry)).toBeUndefined();
    expect(resendDraftOf({ ...sent(4, { jsonrpc: "2.0", id: 1, method: "roots/list" }), dir: "server->client" } as Entry)).toBeUndefined();
    expect(resendDraftOf({ seq: 5, t: 5, kind: "stderr", text: "x" })).toBeUndefined();
  });

  it("initialize is edited, not sent again as is; the editor text parses as the Raw composer reads it", () => {
    const init = resendDraftOf(sent(1, { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-11-25" } }))!;
    expect(canSendAgain(init)).toBe(false);
    expect(parseComposer(composerTextOf(init))).toEqual({ ok: true, method: "initialize", params: { protocolVersion: "2025-11-25" } });
    expect(parseComposer(composerTextOf({ method: "ping", progress: false }))).toEqual({ ok: true, method: "ping", params: undefined });
  });
});

describe("ResendActions", () => {
  const base = { seq: 3, canSend: true, onSendAgain: vi.fn(), onEdit: vi.fn(), onJump: vi.fn() };
  it("sends, edits, and jumps to where the new request went", () => {
    const onJump = vi.fn();
    render(<ResendActions {...base} onJump={onJump} sent={{ fromSeq: 3, requestSeq: 12, responseSeq: 13, done: true }} />);
    fireEvent.click(screen.getByRole("button", { name: "Run again" }));
    fireEvent.click(screen.getByRole("button", { name: "Edit and run" }));
    expect(base.onSendAgain).toHaveBeenCalled();
    expect(base.onEdit).toHaveBeenCalled();
    expect(screen.getByTestId("resend-status").textContent).toBe("sent again as seq 12, answered in seq 13");
    fireEvent.click(screen.getByTestId("resend-jump"));
    expect(onJump).toHaveBeenCalledWith(12);
  });

  it("says nothing under another entry; not connected disables Run again; an error is said", () => {
    const { rerender } = render(<ResendActions {...base} sent={{ fromSeq: 2, requestSeq: 12, done: true }} />);
    expect(screen.queryByTestId("resend-status")).toBeNull();
    rerender(<ResendActions {...base} disabledWhy="Not connected" sent={{ fromSeq: 3, error: "not connected", done: true }} />);
    expect((screen.getByRole("button", { name: "Run again" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("resend-status").textContent).toContain("not connected");
    rerender(<ResendActions {...base} canSend={false} />);
    expect(screen.queryByRole("button", { name: "Run again" })).toBeNull();
  });
});

describe("the Raw tab's draft", () => {
  it("each open is a new draft, announced to subscribers (the shell shows the Raw tab on each)", () => {
    const drafts = new RawDraftStore();
    const seen: number[] = [];
    drafts.subscribe(() => seen.push(drafts.current!.nonce));
    drafts.open('{"method":"ping"}');
    drafts.open('{"method":"ping"}');
    expect(seen).toEqual([1, 2]);
  });
});
