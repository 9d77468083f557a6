import { describe, expect, it } from "vitest";
import { applyTapFrame, checkJoin } from "../../server/tap/hub-join";
import { RemoteSession } from "../../server/tap/hub-remote";
import type { HubLinkFrame } from "../../lib/wire/hub";
import type { SessionState } from "../../lib/session/state";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";

// Issue 65: what the hub lets in (the secret before anything else), and what a joined tap's
// frames do to the hub's copy of its session.
const SECRET = "s".repeat(64);
const STATE = {
  status: "connected",
  generation: 1,
  target: { transport: "stdio", command: "node", args: ["server.js"], env: {} },
  capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
  pending: [],
  answers: DEFAULT_ANSWERS,
  pid: 77,
  tap: { server: "node server.js", canRestart: true, clientInfo: { name: "host-a" } },
} as unknown as SessionState;
const join = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: "hub-join",
    version: 1,
    inspectorVersion: "1.2.3",
    secret: SECRET,
    key: "77-abc",
    server: "node server.js",
    pid: 77,
    state: STATE,
    ...over,
  });

describe("the hub's door", () => {
  it("lets in a tap with the secret and its version; refuses the rest in words", () => {
    const ok = checkJoin(join(), SECRET, "1.2.3");
    expect(ok.ok && ok.join.key).toBe("77-abc");
    expect(checkJoin(join({ secret: "x".repeat(64) }), SECRET, "1.2.3")).toEqual({ ok: false, reason: "wrong hub secret" });
    expect(checkJoin(join({ secret: undefined }), SECRET, "1.2.3")).toEqual({ ok: false, reason: "no hub secret" });
    expect(checkJoin("{not json", SECRET, "1.2.3")).toEqual({ ok: false, reason: "the join is not JSON" });
    // The secret is checked before the shape: a stranger's frame is not read further.
    expect(checkJoin(JSON.stringify({ type: "hub-join", secret: "x".repeat(64), key: "../../etc" }), SECRET, "1.2.3")).toEqual({
      ok: false,
      reason: "wrong hub secret",
    });
    expect(checkJoin(join({ key: "../../etc" }), SECRET, "1.2.3")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not a join/),
    });
    expect(checkJoin(join(), SECRET, "2.0.0")).toMatchObject({ ok: false, reason: expect.stringMatching(/^this hub is version 2\.0\.0/) });
  });

  it("a joined tap's frames feed its session's copy; restart and save go back to the tap; its link's end ends it", async () => {
    const sent: HubLinkFrame[] = [];
    const remote = new RemoteSession("77-abc", "node server.js", 77, STATE, (f) => sent.push(f));
    const states: SessionState[] = [];
    remote.onState((s) => states.push(s));
    applyTapFrame(remote, JSON.stringify({ type: "hub-entries", firstSeq: 1, entries: [{ seq: 1, t: 1, kind: "stderr", text: "hi" }] }));
    // Not entries (no seq): ignored whole.
    applyTapFrame(remote, JSON.stringify({ type: "hub-entries", firstSeq: 1, entries: [{ kind: "stderr" }] }));
    expect(remote.record.since(0).map((e) => e.seq)).toEqual([1]);
    applyTapFrame(remote, JSON.stringify({ type: "hub-state", state: { ...STATE, generation: 2 } }));
    expect(states.map((s) => s.generation)).toEqual([2]);

    const restarted = remote.restart();
    expect(sent).toEqual([{ type: "hub-command", id: "h1", command: "restart" }]);
    applyTapFrame(remote, JSON.stringify({ type: "hub-reply", id: "h1", ok: true, result: { ...STATE, generation: 3 } }));
    expect((await restarted).generation).toBe(3);
    const saved = remote.save();
    applyTapFrame(remote, JSON.stringify({ type: "hub-reply", id: "h2", ok: false, error: "disk full" }));
    await expect(saved).rejects.toThrow("disk full");

    remote.end();
    expect(remote.getState()).toMatchObject({ status: "disconnected", tap: { canRestart: false } });
    expect(remote.getState().pid).toBeUndefined();
    await expect(remote.restart()).rejects.toThrow(/the tap that owns this session has gone/);
    expect(remote.record.since(0)).toHaveLength(1);
  });
});
