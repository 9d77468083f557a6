import type { SocketLike } from "../../lib/wire/client";

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
