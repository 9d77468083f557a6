// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AppHeader } from "../../features/shell/app-header";
import { IDLE_STATE, type SessionState } from "../../lib/session/state";

afterEach(cleanup);

const connected: SessionState = {
  ...IDLE_STATE,
  status: "connected",
  generation: 1,
  negotiated: {
    era: "legacy",
    requestedProtocolVersion: "2025-11-25",
    protocolVersion: "2025-11-25",
    serverInfo: { name: "demo", version: "1.0.0" },
    serverCapabilities: {},
    clientCapabilities: {},
  },
};

describe("the header's status badge", () => {
  it("says Connected, with the server, while the socket to the backend is open", () => {
    render(<AppHeader state={connected} socket={{ socket: "open" }} />);
    expect(screen.getByTestId("session-status").textContent).toBe("Connected");
    expect(screen.getByTestId("header-server").textContent).toContain("demo");
  });

  it("does not claim Connected once the backend is gone: the last known state is stale", () => {
    render(<AppHeader state={connected} socket={{ socket: "reconnecting", problem: "not reachable" }} />);
    const badge = screen.getByTestId("session-status");
    expect(badge.textContent).toBe("Backend unreachable");
    expect(badge.dataset.status).toBe("backend-lost");
    expect(screen.queryByTestId("header-server")).toBeNull();
  });
});
