import type { WebSocket } from "ws";
import type { WireEvent } from "../../lib/wire/protocol";

/** Events gathered beyond this many bytes go out as they are, so one frame never grows without bound. */
const BATCH_BYTES = 1024 * 1024;

/**
 * One peer's outgoing frames. Events added in one go leave as one WebSocket frame (a JSON
 * array when there are several), so a reply and the entries it points to are one write and one
 * wake-up for the page: the loopback round trip is measured in bench figure 1. A public way to
 * do what corking the socket did, without reaching into `ws`.
 */
export class FrameWriter {
  private parts: string[] = [];
  private bytes = 0;

  constructor(private readonly ws: WebSocket) {}

  /** Bytes not yet taken by the socket: written but unsent, plus gathered but unwritten. */
  get buffered(): number {
    return this.ws.bufferedAmount + this.bytes;
  }

  add(event: WireEvent): void {
    const text = JSON.stringify(event);
    if (this.parts.length && this.bytes + text.length > BATCH_BYTES) this.write();
    this.parts.push(text);
    this.bytes += text.length;
  }

  /** Send what was gathered as one frame. */
  write(): void {
    if (this.parts.length === 0) return;
    const frame = this.parts.length === 1 ? this.parts[0] : `[${this.parts.join(",")}]`;
    this.parts = [];
    this.bytes = 0;
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }
}
