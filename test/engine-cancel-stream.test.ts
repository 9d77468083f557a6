// How a call the engine ends is cancelled: 2026-07-28 over Streamable HTTP closes the call's own
// stream (the spec's cancellation there); elsewhere notifications/cancelled is sent.
import { describe, expect, test } from "vitest";
import type { Entry } from "../lib/record/format";
import { engineFactory } from "./helpers/engine";
import { fixture, isMessage, methodOf } from "./helpers/fixtures";
import { startModernHttp } from "./helpers/modern-http";

const { newEngine, onCleanup } = engineFactory();

const notes = (entries: Entry[]) => entries.flatMap((e) => (e.kind === "lifecycle" && e.event === "note" ? [e.text] : []));
const cancelledSent = (entries: Entry[]) =>
  entries.some((e) => isMessage(e) && e.dir === "client->server" && methodOf(e) === "notifications/cancelled");

describe("a call the person ends", () => {
  test("2026-07-28 over Streamable HTTP: its stream is closed, and no notifications/cancelled is sent", async () => {
    const server = await startModernHttp("modern-only-server");
    onCleanup(server.stop);
    const { engine, rec } = newEngine();
    expect((await engine.connect({ target: { transport: "http", url: server.url } })).negotiated?.era).toBe("modern");
    const call = engine.request(
      "tools/call",
      { name: "echo", arguments: { message: "hi" } },
      { signal: AbortSignal.abort("the person stopped it") },
    );
    await expect(call).rejects.toThrow(/^tools\/call cancelled: the person stopped it$/);
    expect(
      notes(rec.since(0)).some((t) =>
        /^request \d+ \(tools\/call\) ended by closing its HTTP stream: in the 2026-07-28 era that is the cancellation \(the person stopped it\)$/.test(
          t,
        ),
      ),
    ).toBe(true);
    expect(cancelledSent(rec.since(0))).toBe(false);
  });

  test("2026-07-28 over stdio: notifications/cancelled is sent (there is no stream of its own to close)", async () => {
    const { engine, rec } = newEngine();
    await engine.connect({ target: fixture("modern-only-server", ["--stdio"]) });
    const call = engine.request(
      "tools/call",
      { name: "echo", arguments: { message: "hi" } },
      { signal: AbortSignal.abort("the person stopped it") },
    );
    await expect(call).rejects.toThrow(/^tools\/call cancelled: the person stopped it$/);
    expect(cancelledSent(rec.since(0))).toBe(true);
    expect(notes(rec.since(0)).some((t) => t.includes("ended by closing its HTTP stream"))).toBe(false);
  });
});
