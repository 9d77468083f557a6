/**
 * Splits a byte stream into lines without assuming anything about their content: lines may be
 * huge, may not be UTF-8, may end in \r\n. A line over `maxLineBytes` is reported as such and
 * skipped up to its newline instead of growing memory without bound.
 */
export interface LineSplitterHandlers {
  line(text: string, bytes: number, validUtf8: boolean): void;
  overlong(bytes: number, head: string): void;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lossy = new TextDecoder("utf-8", { fatal: false });

export class LineSplitter {
  private chunks: Buffer[] = [];
  private pending = 0;
  private skipping = 0;
  private skippedHead = "";

  constructor(
    private readonly handlers: LineSplitterHandlers,
    private readonly maxLineBytes = 256 * 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.take(chunk.subarray(start, nl), true);
      start = nl + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start), false);
  }

  /** Flush a last line that had no newline (the stream ended). */
  end(): void {
    if (this.pending > 0 || this.skipping > 0) this.take(Buffer.alloc(0), true);
  }

  private take(part: Buffer, complete: boolean): void {
    if (this.skipping > 0) {
      this.skipping += part.length;
      if (complete) {
        this.handlers.overlong(this.skipping, this.skippedHead);
        this.skipping = 0;
        this.skippedHead = "";
      }
      return;
    }
    if (this.pending + part.length > this.maxLineBytes) {
      const all = Buffer.concat([...this.chunks, part]);
      this.skippedHead = lossy.decode(all.subarray(0, 200));
      this.skipping = all.length;
      this.chunks = [];
      this.pending = 0;
      if (complete) this.take(Buffer.alloc(0), true);
      return;
    }
    let buf: Buffer;
    if (complete && this.chunks.length === 0) {
      // The whole line is in this chunk (the usual case): decoded now, so no copy is needed.
      buf = part;
    } else {
      if (part.length > 0) {
        // Copy: the caller's chunk buffer may be reused by the stream.
        this.chunks.push(Buffer.from(part));
        this.pending += part.length;
      }
      if (!complete) return;
      buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      this.chunks = [];
      this.pending = 0;
    }
    if (buf.length > 0 && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
    if (buf.length === 0) return;
    let text: string;
    let valid = true;
    try {
      text = strict.decode(buf);
    } catch {
      text = lossy.decode(buf);
      valid = false;
    }
    this.handlers.line(text, buf.length, valid);
  }
}
