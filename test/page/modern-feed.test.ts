import { describe, expect, it } from "vitest";
import { feedEntries } from "../helpers/feed-entries";

const { out, inc, life, setup, lastSeq } = feedEntries();

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
});
