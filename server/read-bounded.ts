import { closeSync, openSync, readSync } from "node:fs";

/**
 * Reading what others send or hand us, never past a bound: a runaway body or file costs at most
 * the bound in memory (issue 22: a 1.5 GB token response took the process to 4.9 GB; a 300 MB
 * session file was read whole before the 32 MiB check).
 */

const size = (n: number) => (n < 1048576 ? `${Number((n / 1024).toFixed(1))} KiB` : `${Number((n / 1048576).toFixed(1))} MiB`);

/** A file's text, read in chunks up to `max` bytes; past that it throws, having read no more. */
export function readTextFileBounded(file: string, max: number, what = "a file"): string {
  return readFdBounded(openSync(file, "r"), max, `it is larger than ${size(max)}, the most ${what} may be (nothing past that was read)`);
}

/** An open file's text, up to `max` bytes (past that it throws `tooBig`, having read no more); the fd is closed. */
export function readFdBounded(fd: number, max: number, tooBig: string): string {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      // Stat sizes lie for pipes and devices: the bytes read are what count.
      if (total > max) throw new Error(tooBig);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * A response body's text, read up to `max` bytes; the rest is not read (the stream is
 * cancelled), and `truncated` says so. Bytes, not characters: the bound is memory.
 */
export async function readBodyBounded(res: Response, max: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: "", truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const room = max - total;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      total += room;
      truncated = true;
      await reader.cancel("the inspector reads no more of this body").catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  // A cut may split a UTF-8 sequence: the decoder replaces the partial character.
  return { text: new TextDecoder().decode(bytes), truncated };
}
