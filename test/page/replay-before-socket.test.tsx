// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import type { Session } from "../../client/session";
import { openAndWelcome, sessionOnFakeSocket } from "../helpers/fake-socket";
import { useReplay } from "../../features/recording/replay-hooks";
import type { SessionFile } from "../../lib/session/file";
import type { Target } from "../../lib/target/target";

afterEach(cleanup);

const target: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };

function Reproduce({ session }: { session: Session }) {
  const replay = useReplay(session);
  return (
    <>
      <button onClick={() => replay.mutate({ session: {} as SessionFile, target, ignore: [] })}>Run it</button>
      <p>{replay.isError ? `failed: ${replay.error.message}` : replay.isPending ? "reproducing" : "idle"}</p>
    </>
  );
}

describe("Reproduce confirmed while the page is still connecting (a share link's first second)", () => {
  it("waits for the socket and sends the replay then, instead of failing with 'not connected'", async () => {
    const { socket, queryClient, session } = sessionOnFakeSocket();
    render(
      <QueryClientProvider client={queryClient}>
        <Reproduce session={session} />
      </QueryClientProvider>,
    );
    act(() => screen.getByText("Run it").click());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByText(/^(idle|reproducing|failed)/).textContent).toBe("reproducing");
    expect(socket.sent.filter((c) => c.type === "replay")).toHaveLength(0);

    act(() => openAndWelcome(socket));
    const sent = await waitFor(() => {
      const c = socket.sent.find((c) => c.type === "replay");
      if (!c) throw new Error("replay not sent yet");
      return c;
    });
    expect(sent.target).toEqual(target);
    session.stop();
  });
});
