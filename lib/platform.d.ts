/**
 * The only globals lib/ may use beyond ECMAScript: web-platform APIs that browsers and Node (18
 * and later) both provide, declared as narrowly as lib/ uses them. lib/ runs in the page and in
 * the backend, so tsconfig.lib.json gives it neither DOM nor Node types; anything else (window,
 * document, process, Buffer) is an error there. Other tsconfigs take these from DOM or Node.
 */

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  decode(input?: Uint8Array): string;
}

declare function atob(data: string): string;
declare function btoa(data: string): string;

interface PlatformByteReader {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface PlatformByteWriter {
  write(chunk: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
}
/** Compression Streams (deflate, deflate-raw, gzip): a byte stream in, a byte stream out. */
declare class CompressionStream {
  constructor(format: "deflate" | "deflate-raw" | "gzip");
  readonly readable: { getReader(): PlatformByteReader };
  readonly writable: { getWriter(): PlatformByteWriter };
}
declare class DecompressionStream {
  constructor(format: "deflate" | "deflate-raw" | "gzip");
  readonly readable: { getReader(): PlatformByteReader };
  readonly writable: { getWriter(): PlatformByteWriter };
}

/** WHATWG URL, as lib/ uses it (share links, target URLs). */
declare class URLSearchParams {
  get(name: string): string | null;
  delete(name: string): void;
}
declare class URL {
  constructor(url: string, base?: string);
  hash: string;
  hostname: string;
  pathname: string;
  protocol: string;
  port: string;
  username: string;
  password: string;
  readonly origin: string;
  search: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}

/** Web Crypto's random numbers (trace and span ids, lib/otel/ids.ts). */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
