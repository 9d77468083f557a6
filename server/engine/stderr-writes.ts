import { LineSplitter } from "./line-splitter";

/** A partial line (no newline yet) is shown after this long without more output. */
const IDLE_FLUSH_MS = 100;
/** A single line longer than this is cut (stderr is for people; memory stays bounded). */
const MAX_LINE_BYTES = 1024 * 1024;

/**
 * Turns a target's stderr into entries the way it was written: the complete lines of one write
 * (one `data` chunk) become one entry, so a stack trace printed at once reads as one; a line
 * still open is flushed when the stream ends or after a short idle.
 */
export class StderrWrites {
  private lines: string[] = [];
  private idle: ReturnType<typeof setTimeout> | undefined;
  private idleChecked: ReturnType<typeof setImmediate> | undefined;
  private open = false;
  private readonly splitter = new LineSplitter(
    {
      line: (text) => void this.lines.push(text.endsWith("\r") ? text.slice(0, -1) : text),
      overlong: (bytes, head) => void this.lines.push(`${head}… [stderr line of ${bytes} bytes cut]`),
    },
    MAX_LINE_BYTES,
  );

  constructor(private readonly emit: (text: string) => void) {}

  push(chunk: Buffer): void {
    this.stopIdle();
    this.splitter.push(chunk);
    this.open = chunk.length > 0 && chunk[chunk.length - 1] !== 10;
    this.flushLines();
    // The timer fires in the loop's timers phase, before its poll reads the pipe: after a stall of
    // this process (a busy machine, a long task), the rest of the line may already be waiting. The
    // flush waits for the check phase, after that poll, so a line cut is one the target left open.
    if (this.open) this.idle = setTimeout(() => (this.idleChecked = setImmediate(() => this.end())), IDLE_FLUSH_MS);
  }

  /** The stream ended (or went idle inside a line): what is left becomes an entry. */
  end(): void {
    this.stopIdle();
    this.splitter.end();
    this.open = false;
    this.flushLines();
  }

  private stopIdle(): void {
    clearTimeout(this.idle);
    clearImmediate(this.idleChecked);
  }

  private flushLines(): void {
    if (!this.lines.length) return;
    this.emit(this.lines.join("\n"));
    this.lines = [];
  }
}
