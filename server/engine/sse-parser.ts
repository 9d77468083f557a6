/**
 * An incremental parser of text/event-stream (WHATWG HTML, "server-sent events"): fed decoded
 * text as it arrives, it returns each event once its blank line is in. The HTTP tap records
 * events with it before the SDK's own parser sees the bytes, so an event the SDK drops (no data,
 * data that is not JSON-RPC) is still in the record, with its id.
 *
 * Why not eventsource-parser (the SDK's, already installed): it dispatches only events with data
 * lines (the WHATWG rule for EventSource), so a priming event (an `id:` with no data, which a
 * 2026-07-28 server sends so a stream can be resumed) never reaches its onEvent and could not be
 * recorded; it reports `retry:` apart from its event; and it cannot say that the stream ended in
 * the middle of an event, which the tap records as an event cut off (see `unfinished`). The
 * record must show what the server sent, not what an EventSource would dispatch.
 */
export interface SseEvent {
  /** The `id` field of this event, when it had one. */
  id?: string;
  /** The `event` field; absent means "message". */
  event?: string;
  /** The `data` lines joined with "\n" ("" for an event without data, e.g. a priming event). */
  data: string;
  retry?: number;
}

export class SseParser {
  /**
   * The line being read, in pieces: joined once its end comes. Joining and rescanning it at each
   * chunk made a long line cost O(n²) (16 MiB in 64 KiB chunks held the event loop 21 s, red-team 7).
   */
  private pieces: string[] = [];
  private pendingCR = false;
  private data: string[] = [];
  private id?: string;
  private event?: string;
  private retry?: number;
  private fields = 0;
  /** The lines of the event being read, as received (terminators included): what a cut-off event had on the wire. */
  private lines: string[] = [];

  /** True when text after the last complete event is waiting for its blank line. */
  get unfinished(): boolean {
    return this.pieces.length > 0 || this.fields > 0;
  }

  /** The text received since the last complete event (its lines, then the line being read), exactly as sent. */
  get unfinishedText(): string {
    return this.lines.join("") + this.pieces.join("");
  }

  /** Feed decoded text; returns the events it completed. */
  feed(text: string): SseEvent[] {
    const out: SseEvent[] = [];
    let s = text;
    // A CR at the end of the last chunk already ended a line: a LF right after it is part of it.
    if (this.pendingCR && s.startsWith("\n")) s = s.slice(1);
    this.pendingCR = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const piece = s.slice(start, i);
      const line = this.pieces.length ? this.pieces.join("") + piece : piece;
      this.pieces = [];
      let end = "\n";
      if (c === 13) {
        end = "\r";
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) {
            i++;
            end = "\r\n";
          }
        } else this.pendingCR = true;
      }
      this.line(line, end, out);
      start = i + 1;
    }
    if (start < s.length) this.pieces.push(s.slice(start));
    return out;
  }

  private line(line: string, end: string, out: SseEvent[]): void {
    if (line === "") return this.dispatch(out);
    if (line.startsWith(":")) return; // a comment (keep-alive)
    this.lines.push(line + end);
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    this.fields++;
    if (field === "data") this.data.push(value);
    else if (field === "id" && !value.includes("\0")) this.id = value;
    else if (field === "event") this.event = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.retry = Number(value);
  }

  private dispatch(out: SseEvent[]): void {
    if (this.fields > 0) {
      out.push({
        data: this.data.join("\n"),
        ...(this.id !== undefined ? { id: this.id } : {}),
        ...(this.event !== undefined ? { event: this.event } : {}),
        ...(this.retry !== undefined ? { retry: this.retry } : {}),
      });
    }
    this.data = [];
    this.lines = [];
    this.id = undefined;
    this.event = undefined;
    this.retry = undefined;
    this.fields = 0;
  }
}
