import { QueryClient } from "@tanstack/react-query";
import { Session } from "../../client/session";
import type { SocketLike } from "../../lib/wire/client";
import { WIRE_PROTOCOL_VERSION } from "../../lib/wire/protocol";
import { IDLE_STATE } from "../../lib/session/state";

/** A page socket the test drives: it keeps what the page sent and delivers frames on demand. */
export function fakeSocket() {
  const sent: Array<Record<string, unknown>> = [];
  const socket: SocketLike & { deliver(frame: unknown): void; sent: typeof sent } = {
    readyState: 1,
    sent,
    send: (data) => void sent.push(JSON.parse(data)),
    close: () => undefined,
    onopen: null,
    onclose: null,
    onerror: null,
    onmessage: null,
    deliver(frame) {
      this.onmessage?.({ data: JSON.stringify(frame) });
    },
  };
  return socket;
}

/** The backend's welcome: an idle session whose record ends at `lastSeq`. */
export const welcomeFrame = (instanceId: string, lastSeq: number) => ({
  type: "welcome",
  protocol: WIRE_PROTOCOL_VERSION,
  inspectorVersion: "t",
  instanceId,
  state: IDLE_STATE,
  firstSeq: 1,
  lastSeq,
});

/** The socket opens and the backend welcomes the page (an idle session, an empty record). */
export function openAndWelcome(socket: ReturnType<typeof fakeSocket>, instanceId = "one") {
  socket.onopen?.({});
  socket.deliver(welcomeFrame(instanceId, 0));
}

/** A page's session started on a fake socket that has not opened yet (the page's first moments). */
export function sessionOnFakeSocket() {
  const socket = fakeSocket();
  const queryClient = new QueryClient();
  const session = new Session({
    wsUrl: "ws://x/ws",
    token: "t",
    queryClient,
    checkToken: async () => true,
    createSocket: () => socket,
    schedule: (f) => f(),
  }).start();
  return { socket, queryClient, session };
}
