// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { openAndWelcome, sessionOnFakeSocket } from "../helpers/fake-socket";
import { SessionContext } from "../../client/session-context";
import { useModelsInfo } from "../../client/use-chat";

afterEach(cleanup);

function Models() {
  const info = useModelsInfo();
  if (info.error) return <p>error: {info.error.message}</p>;
  return <p>models: {info.data ? info.data.models.join(", ") : "…"}</p>;
}

describe("the Chat tab's list of models", () => {
  it("shown while the page is still connecting, it waits for the socket and asks then, instead of keeping 'not connected'", async () => {
    const { socket, queryClient, session } = sessionOnFakeSocket();
    render(
      <QueryClientProvider client={queryClient}>
        <SessionContext.Provider value={session}>
          <Models />
        </SessionContext.Provider>
      </QueryClientProvider>,
    );
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByText(/^models:/).textContent).toBe("models: …");
    expect(socket.sent.filter((c) => c.type === "models-info")).toHaveLength(0);

    act(() => openAndWelcome(socket));
    const asked = await waitFor(() => {
      const c = socket.sent.find((c) => c.type === "models-info");
      if (!c) throw new Error("models-info not asked yet");
      return c;
    });
    act(() =>
      socket.deliver({
        type: "reply",
        id: asked.id,
        ok: true,
        result: { models: ["openai:gpt-4o"], keys: { ANTHROPIC_API_KEY: false, OPENAI_API_KEY: true, MODEL_API_KEY: false } },
      }),
    );
    expect(await screen.findByText("models: openai:gpt-4o")).toBeDefined();
    session.stop();
  });
});
