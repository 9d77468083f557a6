import { describe, expect, test } from "vitest";
import { ChatTurn } from "../../server/bridge/chat-turn";
import type { ChatStop } from "../../lib/wire/chat";

const failure = (e: unknown) => ({ kind: "provider" as const, message: e instanceof Error ? e.message : String(e) });

/** A turn whose loop asks about the calls given, then ends with the decisions it got. */
function turnAsking(calls: string[]) {
  return new ChatTurn(async (turn): Promise<ChatStop> => {
    const decisions: string[] = [];
    for (const id of calls) decisions.push(`${id}:${await turn.ask({ callId: id, name: "echo", args: { id } })}`);
    return { state: "done", text: decisions.join(" ") };
  }, failure);
}

describe("a chat turn stops for the person at each call that needs them", () => {
  test("waits, then goes on after each decision, then ends", async () => {
    const turn = turnAsking(["a", "b"]);
    expect(await turn.next()).toEqual({ state: "waiting", calls: [{ callId: "a", name: "echo", args: { id: "a" } }] });
    expect(turn.decide("a", "approved")).toBe(true);
    expect(await turn.next()).toMatchObject({ state: "waiting", calls: [{ callId: "b" }] });
    turn.decide("b", "denied");
    expect(await turn.next()).toEqual({ state: "done", text: "a:approved b:denied" });
    expect(turn.done).toBe(true);
  });

  test("a decision for a call that is not waiting is refused", async () => {
    const turn = turnAsking(["a"]);
    await turn.next();
    expect(turn.decide("nope", "approved")).toBe(false);
    expect(turn.decide("a", "approved")).toBe(true);
    expect(turn.decide("a", "approved")).toBe(false);
  });

  test("stop denies what waits and what is asked later, and aborts the model request", async () => {
    const turn = turnAsking(["a", "b"]);
    await turn.next();
    turn.stop();
    expect(turn.abort.signal.aborted).toBe(true);
    expect(await turn.next()).toEqual({ state: "done", text: "a:denied b:denied" });
  });

  test("a loop that throws ends the turn as failed, in its words", async () => {
    const turn = new ChatTurn(async () => {
      throw new Error("429 Too Many Requests");
    }, failure);
    expect(await turn.next()).toEqual({ state: "failed", error: { kind: "provider", message: "429 Too Many Requests" } });
  });
});
