import type { MessageEntry } from "../../lib/record/format";
import type { ProtocolEra, ResourceSubscription, SubscriptionsState } from "../../lib/session/state";
import { isNotification } from "../../lib/protocol/jsonrpc";
import type { Clock } from "./clock";
import type { RequestHandle, RequestOptions } from "./requests";
import { ListChangedListener } from "./subscription-list-changed";
import { LISTEN_TIMING, honoredUris, subscriptionIdOf } from "./subscription-listen";

export interface SubscriptionsOptions {
  clock: Clock;
  /** Start a request through the connection's one owner (OutgoingRequests.start with its default time limit). */
  request(method: string, params: Record<string, unknown>, opts?: RequestOptions): RequestHandle;
  /** The era the connection speaks (known once the handshake is done). */
  era(): ProtocolEra | undefined;
}

interface Sub {
  state: ResourceSubscription;
  /** 2026-07-28: the listen's request id (what the server stamps as subscriptionId) and how to end it. */
  listen?: { id: number; stop: AbortController };
  /** Settles when the listen (or the subscribe request) has ended, however. */
  ended: Promise<void>;
  /** Resolves subscribe()'s promise: once it leaves `subscribing`. */
  settle(): void;
  settled: Promise<ResourceSubscription>;
  /** An unsubscribe under way: a second one waits for the same. */
  leaving?: Promise<ResourceSubscription | undefined>;
}

const words = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A connection's resource subscriptions, in its era: 2025 `resources/subscribe` and
 * `resources/unsubscribe`; 2026-07-28 one `subscriptions/listen` per URI, held open through the
 * request owner and ended by its own cancellation (notifications/cancelled, or closing the
 * request's HTTP stream). Also keeps the connection's list_changed listen (2026-07-28). One per
 * connection: a new connection starts empty, nothing is re-established.
 */
export class Subscriptions {
  private readonly subs = new Map<string, Sub>();
  private readonly listeners = new Set<() => void>();
  private readonly lists: ListChangedListener;
  private closed = false;

  constructor(private readonly opts: SubscriptionsOptions) {
    this.lists = new ListChangedListener({ request: opts.request, changed: () => this.changed() });
  }

  /** What the connection listens to now. */
  state(): SubscriptionsState {
    const listChanged = this.lists.state();
    return { resources: [...this.subs.values()].map((s) => s.state), ...(listChanged ? { listChanged } : {}) };
  }

  /** Called after each change of state(). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** 2026-07-28: keep one listen open for the list_changed notifications the server declares. */
  listenForListChanges(serverCapabilities: Record<string, unknown> | undefined): void {
    if (!this.closed && this.opts.era() === "modern") this.lists.open(serverCapabilities);
  }

  /** Subscribe to `uri`; resolves once it is active or failed (at once if it already is active). */
  subscribe(uri: string): Promise<ResourceSubscription> {
    const current = this.subs.get(uri);
    if (current && current.state.status !== "failed") return current.settled;
    current?.listen?.stop.abort(`subscribing to ${uri} again`);
    let settle!: () => void;
    const left = new Promise<void>((r) => (settle = r));
    const sub: Sub = {
      state: { uri, status: "subscribing", updates: 0, since: this.opts.clock.now() },
      ended: Promise.resolve(),
      settle,
      settled: left.then(() => sub.state),
    };
    this.subs.set(uri, sub);
    if (this.opts.era() === "modern") this.listen(sub);
    else this.legacy(sub);
    this.changed();
    return sub.settled;
  }

  /** End the subscription to `uri`; resolves with what remains of it (undefined: gone; `active` with an error: the server refused). */
  unsubscribe(uri: string): Promise<ResourceSubscription | undefined> {
    const sub = this.subs.get(uri);
    if (!sub) return Promise.resolve(undefined);
    if (sub.state.status === "failed") {
      sub.listen?.stop.abort(`unsubscribed from ${uri}`);
      this.drop(sub);
      return Promise.resolve(undefined);
    }
    sub.leaving ??= this.leave(sub).finally(() => (sub.leaving = undefined));
    return sub.leaving;
  }

  private async leave(sub: Sub): Promise<ResourceSubscription | undefined> {
    const uri = sub.state.uri;
    this.set(sub, { status: "unsubscribing", error: undefined });
    if (sub.listen) {
      sub.listen.stop.abort(`unsubscribed from ${uri}`);
      await sub.ended;
      return this.subs.get(uri)?.state;
    }
    try {
      await this.opts.request("resources/unsubscribe", { uri }).outcome;
      this.drop(sub);
    } catch (err) {
      this.set(sub, { status: "active", error: `resources/unsubscribe failed: ${words(err)}` });
    }
    return this.subs.get(uri)?.state;
  }

  /** Every received frame, as recorded: acknowledgments and updates. */
  observe(entry: MessageEntry): void {
    if (this.closed || entry.dir !== "server->client" || !isNotification(entry.message)) return;
    const { method, params } = entry.message as { method: string; params?: Record<string, unknown> };
    if (method === "notifications/resources/updated" && typeof params?.uri === "string") {
      const sub = this.subs.get(params.uri);
      if (sub && sub.state.status !== "failed")
        this.set(sub, { updates: sub.state.updates + 1, lastUpdate: { seq: entry.seq, t: entry.t } }, false);
    } else if (method === "notifications/subscriptions/acknowledged") {
      // A peer may acknowledge inside the listen's write (in memory), before its id is known here.
      queueMicrotask(() => this.acknowledged(params, entry.seq));
    }
  }

  /** An acknowledgment: the listen it names is active, or refused when the server left its URI out. */
  private acknowledged(params: Record<string, unknown> | undefined, seq: number): void {
    const id = subscriptionIdOf(params);
    if (this.closed || this.lists.acknowledged(id)) return;
    const sub = [...this.subs.values()].find((s) => s.listen?.id === id);
    if (!sub || sub.state.status !== "subscribing") return;
    // The server narrows the filter to what it honors: a URI it left out is refused (the SDK's
    // server then ends the listen with a result; one that keeps it open is ended by unsubscribe).
    if (honoredUris(params).includes(sub.state.uri)) this.set(sub, { status: "active" });
    else
      this.set(sub, {
        status: "failed",
        error: `subscriptions/listen for ${sub.state.uri}: the server did not honor it (its acknowledgment, entry #${seq}, leaves the URI out)`,
      });
  }

  /** The connection ended: nothing more is sent or changed, and nothing is re-established. */
  close(): void {
    this.closed = true;
    this.lists.close();
    for (const s of this.subs.values()) s.settle();
  }

  private legacy(sub: Sub): void {
    const uri = sub.state.uri;
    const h = this.opts.request("resources/subscribe", { uri });
    sub.state = { ...sub.state, requestSeq: h.requestSeq };
    sub.ended = h.outcome.then(
      () => this.set(sub, { status: "active" }, true, "subscribing"),
      (err: unknown) => this.set(sub, { status: "failed", error: `resources/subscribe failed: ${words(err)}` }, true, "subscribing"),
    );
  }

  private listen(sub: Sub): void {
    const uri = sub.state.uri;
    const stop = new AbortController();
    const h = this.opts.request(
      "subscriptions/listen",
      { notifications: { resourceSubscriptions: [uri] } },
      { ...LISTEN_TIMING, signal: stop.signal },
    );
    sub.listen = { id: h.id, stop };
    sub.state = { ...sub.state, requestSeq: h.requestSeq };
    const ended = (why: string) => {
      if (sub.state.status === "unsubscribing") this.drop(sub);
      else if (sub.state.status !== "failed") this.set(sub, { status: "failed", error: `subscriptions/listen for ${uri} ended: ${why}` });
    };
    sub.ended = h.outcome.then(
      () => ended("the server closed it"),
      (err: unknown) => ended(words(err)),
    );
  }

  /** Change a subscription that is still this connection's (and, when `from` is given, still in that status). */
  private set(sub: Sub, patch: Partial<ResourceSubscription>, statusChange = true, from?: ResourceSubscription["status"]): void {
    if (this.closed || this.subs.get(sub.state.uri) !== sub || (from && sub.state.status !== from)) return;
    sub.state = { ...sub.state, ...patch, ...(statusChange ? { since: this.opts.clock.now() } : {}) };
    if (sub.state.status !== "subscribing") sub.settle();
    this.changed();
  }

  private drop(sub: Sub): void {
    if (this.closed || this.subs.get(sub.state.uri) !== sub) return;
    this.subs.delete(sub.state.uri);
    sub.settle();
    this.changed();
  }

  private changed(): void {
    if (!this.closed) for (const l of this.listeners) l();
  }
}
