// What the backend survives on the page's side of the bridge, driven through the WebSocket as
// the page drives it (InspectorClient): a flood of notifications, malformed and oversized
// frames, a page that goes away mid-call, a crash and a hang, hostile payloads.
import net from "node:net";
import { readFileSync } from "node:fs";
import WebSocket from "ws";
import { afterEach, describe, expect, test } from "vitest";
import type { RunningInspector } from "../server/launcher/inspector";
import type { Entry, MessageEntry } from "../lib/record/format";
import { CommandFailed } from "../lib/wire/client";
import { waitFor } from "./helpers/targets";
import { connectClient, startTestInspector } from "./helpers/inspector";
import { expectContiguous, fixture, fromStdout, isMessage, methodOf, wireLines, wireLogFile } from "./helpers/fixtures";

let inspector: RunningInspector | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await inspector?.close();
  inspector = undefined;
});

async function page() {
  const p = await connectClient(inspector!);
  sockets.push(p.ws);
  return p;
}

async function connected(spec: Parameters<typeof fixture>, timeouts?: { requestMs?: number }) {
  inspector = await startTestInspector();
  const main = await page();
  await main.client.hello(0);
  const state = await main.client.command({ type: "connect", spec: { target: fixture(...spec), ...(timeouts ? { timeouts } : {}) } });
  expect(state.status, state.error?.message).toBe("connected");
  return main;
}

const caughtUp = (seen: { entries: Entry[] }) => () => seen.entries.length > 0 && seen.entries.at(-1)!.seq === inspector!.record.lastSeq;

describe("flood", () => {
  test("every notification is recorded and reaches the page; other commands are answered meanwhile", async () => {
    const N = 15_000;
    const { client, seen } = await connected(["flood"]);
    const other = await page();
    await other.client.hello(inspector!.record.lastSeq);

    const flood = client.command({ type: "call-tool", name: "flood", arguments: { count: N, kind: "both" } });
    let floodDone = false;
    void flood.then(
      () => (floodDone = true),
      () => (floodDone = true),
    );
    // While the flood runs, both pages keep getting replies: round trips to the target and
    // commands the backend answers itself. The loop stops when this process sees the flood's
    // answer; whether a ping overlapped the flood is read from the backend's record below, not
    // from the order in which this process happens to read its two sockets.
    let pings = 0;
    while (!floodDone) {
      await other.client.command({ type: "request", method: "ping" });
      const refused = await other.client.command({ type: "cancel", target: "nothing-by-that-id" }).catch((e: CommandFailed) => e);
      expect(refused).toBeInstanceOf(CommandFailed);
      pings++;
    }
    expect(pings).toBeGreaterThan(0);
    const out = await flood;
    expect(out.result).toMatchObject({ structuredContent: { log: N, progress: N } });

    // At least one ping was answered by the target between the flood's first notification and
    // its result: the flood did not shut other requests out.
    const messages = inspector!.record.since(0).filter(isMessage);
    const floodCall = messages.find((m) => methodOf(m) === "tools/call")!;
    const callId = (floodCall.message as { id: unknown }).id;
    const isAnswerTo = (m: MessageEntry, id: unknown) => m.dir === "server->client" && (m.message as { id?: unknown }).id === id;
    const floodAnswer = messages.find((m) => isAnswerTo(m, callId))!;
    const firstNotification = messages.find((m) => methodOf(m) === "notifications/message")!;
    const pingIds = messages
      .filter((m) => methodOf(m) === "ping" && m.dir === "client->server")
      .map((m) => (m.message as { id: unknown }).id);
    const pingAnswersDuringFlood = messages.filter(
      (m) => m.seq > firstNotification.seq && m.seq < floodAnswer.seq && pingIds.some((id) => isAnswerTo(m, id)),
    );
    expect(pingAnswersDuringFlood.length).toBeGreaterThan(0);

    // Counts in the record match exactly what the fixture sent.
    const received = inspector!.record.since(0).filter((e): e is MessageEntry => isMessage(e) && e.dir === "server->client");
    expect(received.filter((m) => methodOf(m) === "notifications/message")).toHaveLength(N);
    expect(received.filter((m) => methodOf(m) === "notifications/progress")).toHaveLength(N);
    const logs = received
      .filter((m) => methodOf(m) === "notifications/message")
      .map((m) => (m.message as { params: { data: { i: number } } }).params.data.i);
    expect(logs).toEqual(Array.from({ length: N }, (_, i) => i));
    expect(
      inspector!.record.since(0).filter((e) => e.kind === "dropped" || (e.kind === "lifecycle" && e.event === "transport-error")),
    ).toEqual([]);

    // Both pages get the whole record, in order, nothing skipped or repeated.
    await waitFor(caughtUp(seen), 20_000, "the first page caught up");
    expect(seen.entries).toHaveLength(inspector!.record.lastSeq);
    expect(expectContiguous(seen.entries)).toBe(true);
    await waitFor(caughtUp(other.seen), 20_000, "the second page caught up");
    expect(expectContiguous(other.seen.entries, other.seen.entries[0].seq)).toBe(true);
    expect(seen.problems).toEqual([]);
  });
});

describe("abuse of the WebSocket", () => {
  test("10,000 malformed frames, oversized frames and broken framing: the backend stays up and keeps answering", async () => {
    const { client } = await connected(["hang"]);
    const bad = await page();
    const errors: string[] = [];
    bad.ws.on("message", (d) => {
      const ev = JSON.parse(String(d));
      if (ev.type === "error") errors.push(ev.message);
    });

    const MALFORMED = 10_000;
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const kinds = [
      () => bad.ws.send("not json"),
      () => bad.ws.send("{"),
      () => bad.ws.send("null"),
      () => bad.ws.send('{"type":"no-such-command","id":"x"}'),
      () => bad.ws.send('{"type":"request","id":"y"}'),
      () => bad.ws.send(JSON.stringify({ type: "call-tool", id: "z".repeat(500), name: 1 })),
      () => bad.ws.send(deep),
      () => bad.ws.send(Buffer.from([0, 1, 2, 3]), { binary: true }),
      () => bad.ws.send(JSON.stringify({ type: "hello", id: "h", since: -1 })),
      () => bad.ws.send(JSON.stringify({ type: "cancel", id: "c", target: 42 })),
    ];
    let pingsMeanwhile = 0;
    const pinging = (async () => {
      while (errors.length < MALFORMED) {
        await client.command({ type: "request", method: "ping" });
        pingsMeanwhile++;
      }
    })();
    for (let i = 0; i < MALFORMED; i++) {
      kinds[i % kinds.length]();
      if (i % 500 === 0) await new Promise((r) => setImmediate(r));
    }
    await waitFor(() => errors.length >= MALFORMED, 30_000, "an error event for every malformed frame");
    await pinging;
    expect(errors).toHaveLength(MALFORMED);
    expect(pingsMeanwhile).toBeGreaterThan(0);
    // The abusive socket itself is still open and still served.
    expect((await bad.client.command({ type: "hello", since: 0 })).lastSeq).toBeGreaterThan(0);

    // Frames over the limit (16 MiB) close only the socket that sent them.
    const huge = "x".repeat(17 * 1024 * 1024);
    for (let i = 0; i < 3; i++) {
      const big = await page();
      const closed = new Promise<number>((r) => big.ws.once("close", (code) => r(code)));
      big.ws.send(huge);
      expect(await closed).toBe(1009);
    }
    // Broken framing under an accepted upgrade: an unmasked client frame, a reserved opcode,
    // a length that lies, random bytes. Each closes only its own socket.
    const framings = [
      Buffer.from([0x81, 0x02, 0x68, 0x69]),
      Buffer.from([0x83, 0x80, 1, 2, 3, 4]),
      Buffer.from([0x81, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff)),
    ];
    for (const bytes of framings) await rawUpgradeThen(bytes);

    expect(engineOk(await client.command({ type: "request", method: "ping" }))).toBe(true);
    const health = await fetch(`${inspector!.url}/api/health`, { headers: { Authorization: `Bearer ${inspector!.token}` } });
    expect(health.status).toBe(200);
    expect(inspector!.engine.getState().status).toBe("connected");
  });
});

const engineOk = (r: { result?: unknown }) => JSON.stringify(r.result) === "{}";

/** Open a WebSocket by hand, write `bytes` as if they were frames, and wait for the backend to drop us. */
async function rawUpgradeThen(bytes: Buffer): Promise<void> {
  const sock = net.connect(inspector!.port, "127.0.0.1");
  await new Promise<void>((r) => sock.once("connect", () => r()));
  sock.write(
    `GET /ws HTTP/1.1\r\nAuthorization: Bearer ${inspector!.token}\r\nHost: 127.0.0.1:${inspector!.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  await new Promise<void>((resolve) => {
    let head = "";
    const onData = (d: Buffer) => {
      head += d.toString("latin1");
      if (head.includes("\r\n\r\n")) {
        sock.off("data", onData);
        expect(head).toMatch(/^HTTP\/1\.1 101/);
        resolve();
      }
    };
    sock.on("data", onData);
  });
  // The backend drops each of these sockets itself, at once (ws refuses an unmasked frame, a
  // reserved opcode, and a length over its 16 MiB limit before any payload comes): we never close
  // ours, so the close we wait for is the backend's. The timer only names a backend that does not.
  const closed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the backend kept the socket open after ${bytes.length} bytes of broken framing`)),
      10_000,
    );
    sock.once("close", () => (clearTimeout(timer), resolve()));
  });
  sock.on("error", () => undefined);
  sock.write(bytes);
  await closed;
}

describe("a page that goes away mid-call", () => {
  test("reconnecting with since=lastSeq, it gets the response when it arrives; the outcome is in the record", async () => {
    const first = await connected(["slow"]);
    void first.client.command({ type: "call-tool", name: "slow", arguments: { ms: 1500, steps: 3 } }).catch(() => undefined);
    await waitFor(() => first.seen.entries.some((e) => methodOf(e) === "notifications/progress"), 5000, "first progress");
    await waitFor(caughtUp(first.seen), 5000, "first page caught up");
    const lastSeq = first.client.lastSeq;
    const request = first.seen.entries.filter(isMessage).find((m) => methodOf(m) === "tools/call")!;
    first.ws.close();

    const again = await page();
    const hello = await again.client.hello(lastSeq);
    expect(hello.lastSeq).toBeGreaterThanOrEqual(lastSeq);
    const response = await waitFor(
      () => again.seen.entries.find((e): e is MessageEntry => isMessage(e) && e.pair?.seq === request.seq),
      10_000,
      "the response entry",
    );
    expect(JSON.stringify(response.message)).toContain("done after 1500 ms");
    expect(again.seen.entries[0].seq).toBe(lastSeq + 1);
    expect(expectContiguous(again.seen.entries, lastSeq + 1)).toBe(true);
    expect(inspector!.record.get(response.seq)).toEqual(response);
  });
});

describe("crash and hang, through the socket", () => {
  test("crash mid-call: the reply says the server exited, state says so, restart reconnects, the page has every entry", async () => {
    const { client, seen } = await connected(["crash", ["call", "3"]]);
    const err = await client.command({ type: "call-tool", name: "crash", arguments: {} }).catch((e: CommandFailed) => e);
    expect(err).toBeInstanceOf(CommandFailed);
    expect((err as CommandFailed).message).toMatch(
      /^the server exited with code 3 before answering tools\/call; last stderr: .*crashing in the middle/,
    );
    await waitFor(
      () => seen.states.some((s) => s.status === "disconnected" && s.error?.kind === "exited" && s.error.exitCode === 3),
      5000,
      "disconnected state",
    );

    const state = await client.command({ type: "restart" });
    expect(state.status).toBe("connected");
    expect(JSON.stringify((await client.command({ type: "call-tool", name: "fine", arguments: {} })).result)).toContain("ok");
    await waitFor(caughtUp(seen), 5000, "caught up");
    expect(expectContiguous(seen.entries)).toBe(true);
    expect(seen.entries.filter((e) => e.kind === "lifecycle").map((e) => e.kind === "lifecycle" && e.event)).toEqual([
      "connecting",
      "spawned",
      "connected",
      "exited",
      "disconnected",
      "connecting",
      "spawned",
      "connected",
    ]);
  });

  test("crash during initialize: the connect reply is a failed state with the exit, not a spinner", async () => {
    inspector = await startTestInspector();
    const { client } = await page();
    await client.hello(0);
    const state = await client.command({ type: "connect", spec: { target: fixture("crash", ["init", "4"]) } });
    expect(state).toMatchObject({ status: "failed", error: { kind: "exited", exitCode: 4 } });
    expect(state.error!.message).toMatch(/exited with code 4 during start-up; last stderr: crash fixture: giving up during initialize/);
  });

  test("hang: timeoutMs gives a clear error; cancel ends a call at once and the target gets notifications/cancelled", async () => {
    const { client } = await connected(["hang"]);
    const timedOut = await client
      .command({ type: "call-tool", name: "hang", arguments: {}, timeoutMs: 300 })
      .catch((e: CommandFailed) => e);
    expect((timedOut as CommandFailed).message).toBe(
      "tools/call timed out: the server did not answer within 300 ms (notifications/cancelled was sent)",
    );

    const sent = client.send({ type: "call-tool", name: "hang", arguments: {} });
    const call = sent.reply.catch((e: CommandFailed) => e);
    await sent.accepted;
    await client.command({ type: "cancel", target: sent.id, reason: "stop it" });
    expect(((await call) as CommandFailed).message).toBe("tools/call cancelled: stop it");
    const calls = inspector!.record.since(0).filter((e): e is MessageEntry => methodOf(e) === "tools/call");
    const rpcId = (calls[1].message as { id: number }).id;
    const cancels = inspector!.record.since(0).filter((e): e is MessageEntry => methodOf(e) === "notifications/cancelled");
    expect(cancels.map((c) => (c.message as { params: unknown }).params)).toEqual([
      { requestId: (calls[0].message as { id: number }).id, reason: expect.stringMatching(/timed out/i) },
      { requestId: rpcId, reason: "stop it" },
    ]);
    await waitFor(
      // Lines written together may arrive in one chunk, and one chunk is one entry (by design).
      () =>
        inspector!.record
          .since(0)
          .some((e) => e.kind === "stderr" && e.text.split("\n").includes(`hang fixture: cancelled ${rpcId}: stop it`)),
      5000,
      "the target saw it",
    );
  });
});

describe("hostile payloads", () => {
  test("recorded byte-exact, and the page receives exactly what was recorded", async () => {
    const log = wireLogFile();
    const { client, seen } = await connected(["hostile", [], { WIRE_LOG: log }]);
    for (const method of ["tools/list", "resources/list", "resources/templates/list", "prompts/list"])
      await client.command({ type: "request", method });
    await client.command({ type: "request", method: "resources/read", params: { uri: "hostile://page" } });
    await client.command({ type: "request", method: "prompts/get", params: { name: "x" } });
    await client.command({ type: "call-tool", name: "render", arguments: {} });
    const failed = await client.command({ type: "call-tool", name: "fail", arguments: {} });
    expect(failed.error?.message).toMatch(/^<script>/);
    const asking = client.command({ type: "call-tool", name: "ask", arguments: {} });
    const pending = await waitFor(() => seen.states.at(-1)?.pending[0], 5000, "the elicitation");
    expect(pending.method).toBe("elicitation/create");
    await client.command({ type: "answer", pendingId: pending.pendingId, result: { action: "accept", content: { answer: "<b>hi</b>" } } });
    expect(JSON.stringify((await asking).result)).toContain("<b>hi</b>");

    const recorded = inspector!.record.since(0);
    const lines = wireLines(log);
    const stdout = fromStdout(recorded);
    expect(stdout).toHaveLength(lines.length);
    stdout.forEach((e, i) => {
      const wire = lines[i];
      if (e.kind === "stdout-noise") expect(Buffer.from(e.text)).toEqual(wire);
      else if (e.kind === "message") {
        expect(Buffer.from(e.raw ?? JSON.stringify(e.message))).toEqual(wire);
        expect(e.size).toBe(wire.length);
      }
    });
    // The hand-written tools/list frame differs from its canonical form: kept as raw.
    const toolsList = stdout.find((e): e is MessageEntry => isMessage(e) && e.pair?.method === "tools/list")!;
    expect(toolsList.raw).toMatch(/^\{"jsonrpc":"2.0", "id":/);
    expect(toolsList.raw).toContain("\\u003cscript>");
    expect(recorded.find((e) => e.kind === "stderr")).toMatchObject({ text: expect.stringMatching(/^\x1b\[31m<script>.*\x1b\[0m$/) });

    await waitFor(caughtUp(seen), 5000, "the page caught up");
    expect(seen.entries).toEqual(recorded);
    expect(readFileSync(log).includes(Buffer.from("javascript:alert("))).toBe(true);
  });
});
