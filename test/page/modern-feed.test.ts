import { describe, expect, it } from "vitest";
import { feedEntries } from "../helpers/feed-entries";
import { listChangedFilter } from "../../server/engine/subscription-listen";
import type { ListenSeen } from "../../client/protocol-feed";

const { out, inc, life, setup, lastSeq } = feedEntries();

/** The URIs a listen covers: what the server acknowledged, or what was asked until it does. */
function listenedUris(listen: ListenSeen): string[] {
  const uris = (listen.honored ?? listen.asked).resourceSubscriptions;
  return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === "string") : [];
}

describe("the feed in the 2026-07-28 era", () => {
  it("keeps auto's era switch with the refused initialize, until the next connection", () => {
    const { store, feed } = setup();
    store.push([life("connecting", "connecting")]);
    const init = out({ jsonrpc: "2.0", id: 0, method: "initialize", params: {} });
    store.push([
      init,
      inc(
        { jsonrpc: "2.0", id: 0, error: { code: -32022, message: "Unsupported protocol version" } },
        { seq: init.seq, method: "initialize" },
      ),
    ]);
    expect(feed.eraSwitch).toBeUndefined();
    store.push([
      life("note", "the server refused initialize for its protocol version (-32022 …): switching to the 2026-07-28 era (server/discover)"),
    ]);
    expect(feed.eraSwitch).toMatchObject({ noteSeq: lastSeq(), initializeSeq: init.seq, refusalSeq: init.seq + 1 });
    store.push([life("connecting", "connecting")]);
    expect(feed.eraSwitch).toBeUndefined();
  });

  it("follows subscriptions/listen: open from its request, narrowed by the ack, ended by a cancel or the server's result", () => {
    const { store, feed } = setup();
    const a = out({
      jsonrpc: "2.0",
      id: 1,
      method: "subscriptions/listen",
      params: { notifications: { resourceSubscriptions: ["fixture://a", "fixture://b"] } },
    });
    store.push([a]);
    expect([...feed.listens.values()].map(listenedUris)).toEqual([["fixture://a", "fixture://b"]]);
    store.push([
      inc({
        jsonrpc: "2.0",
        method: "notifications/subscriptions/acknowledged",
        params: { notifications: { resourceSubscriptions: ["fixture://a"] }, _meta: { "io.modelcontextprotocol/subscriptionId": 1 } },
      }),
    ]);
    expect([...feed.listens.values()].map(listenedUris)).toEqual([["fixture://a"]]);
    // Updates are the same notification as in 2025.
    store.push([
      inc({
        jsonrpc: "2.0",
        method: "notifications/resources/updated",
        params: { uri: "fixture://a", _meta: { "io.modelcontextprotocol/subscriptionId": 1 } },
      }),
    ]);
    expect(feed.resourceUpdates.map((u) => u.uri)).toEqual(["fixture://a"]);
    store.push([out({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 1, reason: "unsubscribed" } })]);
    expect(feed.listens.size).toBe(0);

    const b = out({ jsonrpc: "2.0", id: "x", method: "subscriptions/listen", params: { notifications: { toolsListChanged: true } } });
    store.push([b]);
    expect(feed.listens.size).toBe(1);
    store.push([inc({ jsonrpc: "2.0", id: "x", result: { resultType: "complete" } }, { seq: b.seq, method: "subscriptions/listen" })]);
    expect(feed.listens.size).toBe(0);
  });
});

describe("listChangedFilter", () => {
  it("asks only for the lists whose capability declares listChanged", () => {
    expect(listChangedFilter({ tools: { listChanged: true }, resources: { subscribe: true, listChanged: true }, prompts: {} })).toEqual({
      toolsListChanged: true,
      resourcesListChanged: true,
    });
    expect(listChangedFilter({ tools: {} })).toBeUndefined();
    expect(listChangedFilter(undefined)).toBeUndefined();
  });
});
