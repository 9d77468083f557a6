// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NegotiationView } from "../../features/server/negotiation-view";
import { PendingRequestHeader } from "../../features/requests/pending-request-header";
import { TimelineRow } from "../../features/timeline/timeline-row";
import { rpcErrorCodeText, rpcErrorName } from "../../lib/protocol/error-names";
import type { Negotiated, PendingServerRequest } from "../../lib/session/state";
import type { Entry } from "../../lib/record/format";

afterEach(cleanup);

const modern: Negotiated = {
  era: "modern",
  requestedProtocolVersion: "2026-07-28",
  protocolVersion: "2026-07-28",
  serverCapabilities: { tools: { listChanged: true } },
  clientCapabilities: { elicitation: { form: {} } },
  serverInfo: { name: "modern-mrtr", version: "1.0.0" },
  initializeRequestSeq: 7,
  initializeResponseSeq: 8,
};

describe("the negotiation view in the 2026-07-28 era", () => {
  it("names the era and the server/discover handshake, and its raw links say server/discover", () => {
    const shown: number[] = [];
    render(<NegotiationView negotiated={modern} onShowEntry={(s) => shown.push(s)} />);
    expect(screen.getByTestId("protocol-era").dataset.era).toBe("modern");
    expect(screen.getByTestId("protocol-era").textContent).toContain("2026-07-28");
    expect(screen.getByTestId("handshake-method").textContent).toBe("server/discover");
    expect(screen.queryByRole("button", { name: /initialize/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Raw server/discover request" }));
    fireEvent.click(screen.getByRole("button", { name: "Raw server/discover response" }));
    expect(shown).toEqual([7, 8]);
    expect(screen.queryByTestId("era-switch")).toBeNull();
  });

  it("says the server refused initialize first when auto switched eras, with links to both frames", () => {
    const shown: number[] = [];
    const text =
      "the server refused initialize for its protocol version (-32022 Unsupported protocol version: 2025-11-25): switching to the 2026-07-28 era (server/discover)";
    render(
      <NegotiationView
        negotiated={modern}
        eraSwitch={{ noteSeq: 6, text, initializeSeq: 3, refusalSeq: 5 }}
        onShowEntry={(s) => shown.push(s)}
      />,
    );
    const note = screen.getByTestId("era-switch");
    expect(note.textContent).toContain("The server refused initialize first");
    expect(note.textContent).toContain("-32022");
    fireEvent.click(screen.getByRole("button", { name: "Refused initialize request" }));
    fireEvent.click(screen.getByRole("button", { name: "The server's refusal" }));
    expect(shown).toEqual([3, 5]);
  });

  it("keeps the 2025 labels for a legacy connection", () => {
    render(
      <NegotiationView
        negotiated={{ ...modern, era: "legacy", protocolVersion: "2025-11-25", requestedProtocolVersion: "2025-11-25" }}
        onShowEntry={() => undefined}
      />,
    );
    expect(screen.getByTestId("handshake-method").textContent).toBe("initialize");
    expect(screen.getByRole("button", { name: "Raw initialize response" })).toBeTruthy();
  });
});

describe("a pending request embedded in an input_required result", () => {
  const request: PendingServerRequest = {
    pendingId: "p1",
    seq: 16,
    method: "elicitation/create",
    params: { mode: "form", message: "Confirm?" },
    receivedAt: 0,
    deadline: 1,
    inputRequired: { requestSeq: 15, key: "confirm" },
  };

  it("is labelled with the request whose result carried it and the key, which links to that request", () => {
    const shown: number[] = [];
    render(
      <PendingRequestHeader
        request={request}
        title="Elicitation"
        origin={{ ...request.inputRequired!, method: "tools/call" }}
        onShowEntry={(s) => shown.push(s)}
      />,
    );
    const note = screen.getByTestId("input-required");
    expect(note.textContent).toContain("input_required from tools/call seq 15");
    expect(note.textContent).toContain("key confirm");
    fireEvent.click(screen.getByRole("button", { name: "Show request seq 15 in the timeline" }));
    expect(shown).toEqual([15]);
  });

  it("a request the server sent itself has no such label", () => {
    render(<PendingRequestHeader request={{ ...request, inputRequired: undefined }} title="Elicitation" onShowEntry={() => undefined} />);
    expect(screen.queryByTestId("input-required")).toBeNull();
  });
});

describe("the timeline", () => {
  const row = (entry: Entry) => render(<TimelineRow entry={entry} top={0} selected={false} onSelect={() => undefined} />);

  it("marks an MRTR retry with the request it repeats", () => {
    row({
      seq: 17,
      t: 1,
      kind: "message",
      dir: "client->server",
      message: { jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "confirm-action" } },
      size: 10,
      retryOf: 15,
    });
    expect(screen.getByTestId("retry-of").textContent).toBe(" retry of seq 15");
  });

  it("says what an input_required result asks for", () => {
    row({
      seq: 15,
      t: 1,
      kind: "message",
      dir: "server->client",
      message: {
        jsonrpc: "2.0",
        id: 3,
        result: { resultType: "input_required", inputRequests: { confirm: { method: "elicitation/create" } }, requestState: "s" },
      },
      size: 10,
      pair: { seq: 14, method: "tools/call", latencyMs: 1 },
    });
    expect(screen.getByTestId("timeline-row").textContent).toContain("input_required: confirm");
  });

  it("names the 2026-07-28 error codes in words", () => {
    row({
      seq: 5,
      t: 1,
      kind: "message",
      dir: "server->client",
      message: { jsonrpc: "2.0", id: 0, error: { code: -32022, message: "Unsupported protocol version: 2025-11-25" } },
      size: 10,
      pair: { seq: 3, method: "initialize", latencyMs: 1 },
    });
    // The message already says it: no second name.
    expect(screen.getByTestId("timeline-row").textContent).toContain("-32022 Unsupported protocol version: 2025-11-25");
    cleanup();
    row({
      seq: 6,
      t: 1,
      kind: "message",
      dir: "server->client",
      message: { jsonrpc: "2.0", id: 1, error: { code: -32021, message: "Cannot request input 'confirm'" } },
      size: 10,
      pair: { seq: 4, method: "tools/call", latencyMs: 1 },
    });
    expect(screen.getByTestId("timeline-row").textContent).toContain(
      "-32021 Missing required client capability: Cannot request input 'confirm'",
    );
    expect(rpcErrorName(-32020)).toBe("Header mismatch");
    expect(rpcErrorCodeText(-32601)).toBe("-32601 (Method not found)");
    expect(rpcErrorCodeText(42)).toBe("42");
  });
});
