// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { SessionContext } from "../../client/session-context";
import { useSessionState } from "../../client/hooks";
import { ConnectionContainer } from "../../features/connection/connection-container";
import { openAndWelcome, sessionOnFakeSocket } from "../helpers/fake-socket";
import { IDLE_STATE } from "../../lib/session/state";

afterEach(cleanup);

function Panel() {
  return <ConnectionContainer state={useSessionState()} />;
}

/** The connection panel of a page whose socket has not opened yet; `http` is its Streamable HTTP radio. */
function renderPanel() {
  const { socket, queryClient, session } = sessionOnFakeSocket();
  render(
    <QueryClientProvider client={queryClient}>
      <SessionContext.Provider value={session}>
        <Panel />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return { socket, session, http: () => screen.getByRole("radio", { name: "Streamable HTTP" }) as HTMLInputElement };
}

// The backend's first state starts the connect form anew (its target, its capabilities). A person
// who picked Streamable HTTP in the page's first moments saw it undone when that state came (an
// e2e run's "clicking the checkbox did not change its state"): the form waits for it, visibly.
describe("the connect form before the backend's first state", () => {
  it("is shown but not editable until the state comes; then a pick stays", async () => {
    const { socket, session, http } = renderPanel();
    expect(http().matches(":disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Connect" }).matches(":disabled")).toBe(true);

    act(() => openAndWelcome(socket));
    await answerServerList(socket);
    await waitFor(() => expect(http().matches(":disabled")).toBe(false));
    await userEvent.click(http());
    expect(http().checked).toBe(true);
    expect(screen.getByRole("textbox", { name: "URL" })).toBeTruthy();
    session.stop();
  });

  // The server list comes after the state and is drawn above the form (it took 44 px for "none
  // found" when it came): a click whose mousedown was on Streamable HTTP had its mouseup land on
  // whatever moved there (CI's oauth.spec.ts, "clicking the checkbox did not change its state"). Its
  // line is held now, but a list of servers is taller: the form waits for the list too.
  it("waits for the server list above it, which can move it; a list that fails frees it too", async () => {
    for (const answer of ["list", "failure"] as const) {
      const { socket, session, http } = renderPanel();
      act(() => openAndWelcome(socket));
      await waitFor(() => expect(socket.sent.some((c) => c.type === "servers-list")).toBe(true));
      expect(http().matches(":disabled")).toBe(true);
      await answerServerList(socket, answer);
      await waitFor(() => expect(http().matches(":disabled")).toBe(false));
      if (answer === "list") {
        expect(screen.getByText(/Files looked at \(1\)/)).toBeTruthy();
        // A new target reads the list again; what it showed stays meanwhile (no collapse, no move).
        const target = { transport: "stdio", command: "node", args: ["s.js"], env: {} };
        act(() => socket.deliver({ type: "state", state: { ...IDLE_STATE, status: "connecting", target } }));
        await waitFor(() => expect(socket.sent.filter((c) => c.type === "servers-list")).toHaveLength(2));
        expect(screen.getByText(/Files looked at \(1\)/)).toBeTruthy();
        expect(http().matches(":disabled")).toBe(false);
      }
      session.stop();
      cleanup();
    }
  });
});

/** The backend's answer to the page's servers-list command: an empty list (one file looked at), or a failure. */
async function answerServerList(socket: ReturnType<typeof sessionOnFakeSocket>["socket"], answer: "list" | "failure" = "list") {
  await waitFor(() => expect(socket.sent.some((c) => c.type === "servers-list")).toBe(true));
  const id = socket.sent.find((c) => c.type === "servers-list")!.id;
  const result = {
    source: "found",
    files: [{ file: "/home/p/.mcp.json", host: "claude-code", scope: "project", found: false }],
    servers: [],
  };
  act(() =>
    socket.deliver(
      answer === "list"
        ? { type: "reply", id, ok: true, result }
        : { type: "reply", id, ok: false, error: { code: -32603, message: "cannot read" } },
    ),
  );
}
