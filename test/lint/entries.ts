import type { Entry, LifecycleEvent } from "../../lib/record/format";

/** Builds a record by hand, for rules that are awkward to provoke with a real server. */
export class Rec {
  readonly entries: Entry[] = [];
  private seq = 0;
  private nextId = 100;

  private add(e: Record<string, unknown>): number {
    const seq = ++this.seq;
    this.entries.push({ ...e, seq, t: seq } as Entry);
    return seq;
  }
  client(message: unknown, extra: Record<string, unknown> = {}): number {
    return this.add({ kind: "message", dir: "client->server", message, size: 1, ...extra });
  }
  server(message: unknown, extra: Record<string, unknown> = {}): number {
    return this.add({ kind: "message", dir: "server->client", message, size: 1, ...extra });
  }
  noise(text: string, reason: string): number {
    return this.add({ kind: "stdout-noise", text, reason, size: text.length });
  }
  lifecycle(event: LifecycleEvent): number {
    return this.add({ kind: "lifecycle", event, text: event });
  }
  /** What an HTTP exchange carried that was no message (a 4xx with its body, a 202). */
  http(http: Record<string, unknown>, text: string): number {
    return this.add({ kind: "http", http, text, reason: `status ${String(http.status)}`, size: text.length });
  }
  /** A client request and the server's result; returns both seqs. */
  call(method: string, params: Record<string, unknown> | undefined, result: unknown): { req: number; res: number } {
    const id = this.nextId++;
    const req = this.client({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) });
    const res = this.server({ jsonrpc: "2.0", id, result });
    return { req, res };
  }
  /** A server request and the client's result. */
  ask(
    method: string,
    params: Record<string, unknown> | undefined,
    result: unknown,
    id: string | number = `s${this.nextId++}`,
  ): { req: number; res: number } {
    const req = this.server({ jsonrpc: "2.0", id, method, ...(params ? { params } : {}) });
    const res = this.client({ jsonrpc: "2.0", id, result });
    return { req, res };
  }
  /** A clean initialize handshake. */
  handshake(opts: { client?: Record<string, unknown>; server?: Record<string, unknown>; version?: string; answered?: string } = {}): this {
    const version = opts.version ?? "2025-11-25";
    this.lifecycle("connecting");
    this.client({
      jsonrpc: "2.0",
      id: 0,
      method: "initialize",
      params: { protocolVersion: version, capabilities: opts.client ?? {}, clientInfo: { name: "c", version: "0" } },
    });
    this.server({
      jsonrpc: "2.0",
      id: 0,
      result: { protocolVersion: opts.answered ?? version, capabilities: opts.server ?? {}, serverInfo: { name: "s", version: "0" } },
    });
    this.client({ jsonrpc: "2.0", method: "notifications/initialized" });
    return this;
  }
}
