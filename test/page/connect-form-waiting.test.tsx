// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { SessionContext } from "../../client/session-context";
import { useSessionState } from "../../client/hooks";
import { ConnectionContainer } from "../../features/connection/connection-container";
import { openAndWelcome, sessionOnFakeSocket } from "../helpers/fake-socket";

afterEach(cleanup);

function Panel() {
  return <ConnectionContainer state={useSessionState()} />;
}

// The backend's first state starts the connect form anew (its target, its capabilities). A person
// who picked Streamable HTTP in the page's first moments saw it undone when that state came (an
// e2e run's "clicking the checkbox did not change its state"): the form waits for it, visibly.
describe("the connect form before the backend's first state", () => {
  it("is shown but not editable until the state comes; then a pick stays", async () => {
    const { socket, queryClient, session } = sessionOnFakeSocket();
    render(
      <QueryClientProvider client={queryClient}>
        <SessionContext.Provider value={session}>
          <Panel />
        </SessionContext.Provider>
      </QueryClientProvider>,
    );
    const http = () => screen.getByRole("radio", { name: "Streamable HTTP" }) as HTMLInputElement;
    expect(http().matches(":disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "Connect" }).matches(":disabled")).toBe(true);

    act(() => openAndWelcome(socket));
    await waitFor(() => expect(http().matches(":disabled")).toBe(false));
    await userEvent.click(http());
    expect(http().checked).toBe(true);
    expect(screen.getByRole("textbox", { name: "URL" })).toBeTruthy();
    session.stop();
  });
});
