import { isUtf8 } from "node:buffer";

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
const EMPTY = Buffer.alloc(0);

export class LineSplitter {
  private chunks: Buffer[] = [];
  private pending = 0;
  private skipping = 0;
  private skippedHead = "";
  /** True while push hands over lines of a span already known to be valid UTF-8. */
  private spanValid = false;

  constructor(
    private readonly handlers: LineSplitterHandlers,
    private readonly maxLineBytes = 256 * 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    const last = chunk.lastIndexOf(10);
    // The whole lines of a chunk are checked as UTF-8 once, not each on its own: a newline byte
    // is never inside a multi-byte sequence, so every line of a valid span is valid. (A span that
    // starts inside a line held from the last chunk may fail: its lines are then checked one by one.)
    this.spanValid = last > 0 && isUtf8(chunk.subarray(0, last));
    let start = 0;
    for (let nl = last === -1 ? -1 : chunk.indexOf(10); nl !== -1; nl = nl === last ? -1 : chunk.indexOf(10, start)) {
      this.take(chunk, start, nl, true);
      start = nl + 1;
    }
    this.spanValid = false;
    if (start < chunk.length) this.take(chunk, start, chunk.length, false);
  }

  /** Flush a last line that had no newline (the stream ended). */
  end(): void {
    if (this.pending > 0 || this.skipping > 0) this.take(EMPTY, 0, 0, true);
  }

  /** Bytes `from`..`to` of `chunk`: a whole line, its end (`complete`), or a part still open. */
  private take(chunk: Buffer, from: number, to: number, complete: boolean): void {
    const length = to - from;
    if (this.skipping > 0) {
      this.skipping += length;
      if (complete) {
        this.handlers.overlong(this.skipping, this.skippedHead);
        this.skipping = 0;
        this.skippedHead = "";
      }
      return;
    }
    if (this.pending + length > this.maxLineBytes) {
      const all = Buffer.concat([...this.chunks, chunk.subarray(from, to)]);
      this.skippedHead = lossy.decode(all.subarray(0, 200));
      this.skipping = all.length;
      this.chunks = [];
      this.pending = 0;
      if (complete) this.take(EMPTY, 0, 0, true);
      return;
    }
    if (complete && this.chunks.length === 0) {
      // The whole line is in this chunk (the usual case): decoded from it now, so no copy is needed.
      let end = to;
      if (end > from && chunk[end - 1] === 13) end--;
      if (end === from) return;
      // A leading BOM goes through the TextDecoder, which drops it, as every line did before.
      if (this.spanValid && !(chunk[from] === 0xef && chunk[from + 1] === 0xbb && chunk[from + 2] === 0xbf)) {
        this.handlers.line(chunk.toString("utf8", from, end), end - from, true);
        return;
      }
      return this.decode(chunk.subarray(from, end));
    }
    if (length > 0) {
      // Copy: the caller's chunk buffer may be reused by the stream.
      this.chunks.push(Buffer.from(chunk.subarray(from, to)));
      this.pending += length;
    }
    if (!complete) return;
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.chunks = [];
    this.pending = 0;
    if (buf.length > 0 && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
    if (buf.length > 0) this.decode(buf);
  }

  private decode(buf: Buffer): void {
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
