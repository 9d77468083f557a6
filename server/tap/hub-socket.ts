import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";

/**
 * What a bridge takes for a socket: one page socket, shown one session at a time. Detached (the
 * page picked another session, or went), the bridge hears it close and drops its peer; the real
 * socket stays open.
 */
export class VirtualSocket extends EventEmitter {
  readonly OPEN = 1;
  private open = true;

  constructor(private readonly ws: WebSocket) {
    super();
  }

  get readyState(): number {
    return this.open ? this.ws.readyState : 3;
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  send(data: string): void {
    if (this.open && this.ws.readyState === this.ws.OPEN) this.ws.send(data);
  }

  close(code?: number, reason?: string): void {
    if (this.open) this.ws.close(code, reason);
  }

  detach(): void {
    if (!this.open) return;
    this.open = false;
    this.emit("close", 1000, Buffer.from("another session"));
  }
}
