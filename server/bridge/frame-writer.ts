import type { WebSocket } from "ws";
import type { WireEvent } from "../../lib/wire/protocol";

/**
 * A frame grows to about this many bytes, then goes out. The page parses and validates a frame in
 * one go: a flood's 1 MiB frames (5,000 log entries) took 50–170 ms each in the page (bench figure
 * 3f, traced); 64 KiB is a few hundred entries, a few milliseconds, and the page's socket hands
 * frames on a slice at a time between them (client/paced-socket.ts).
 */
const FRAME_BYTES = 64 * 1024;

/**
 * One peer's outgoing frames. Events added in one go leave as one WebSocket frame (a JSON
 * array when there are several), so a reply and the entries it points to are one write and one
 * wake-up for the page: the loopback round trip is measured in bench figure 1. A public way to
 * do what corking the socket did, without reaching into `ws`. An `entries` event bigger than a
 * frame is split into several, in order; one entry bigger than a frame goes alone.
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
    if (event.type === "entries") return this.addEntries(event.entries.map((e) => JSON.stringify(e)));
    this.addText(JSON.stringify(event));
  }

  /** Send what was gathered as one frame. */
  write(): void {
    if (this.parts.length === 0) return;
    const frame = this.parts.length === 1 ? this.parts[0] : `[${this.parts.join(",")}]`;
    this.parts = [];
    this.bytes = 0;
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }

  private addText(text: string): void {
    if (this.parts.length && this.bytes + text.length > FRAME_BYTES) this.write();
    this.parts.push(text);
    this.bytes += text.length;
  }

  /** Entries (each already JSON) as `entries` events of at most about a frame each. */
  private addEntries(texts: string[]): void {
    let from = 0;
    let size = 0;
    for (let i = 0; i < texts.length; i++) {
      if (i > from && size + texts[i].length > FRAME_BYTES) {
        this.addText(entriesEvent(texts, from, i));
        from = i;
        size = 0;
      }
      size += texts[i].length + 1;
    }
    this.addText(entriesEvent(texts, from, texts.length));
  }
}

/** The JSON of `{ type: "entries", entries }` for texts[from..to), as JSON.stringify writes it. */
function entriesEvent(texts: string[], from: number, to: number): string {
  return `{"type":"entries","entries":[${texts.slice(from, to).join(",")}]}`;
}
