// Issue 92 (sixth walk): a failed start was logged twice, "transport error: fetch failed" and then
// the connect-failed entry saying the same ("cannot reach …").
import { expect, test } from "vitest";
import { engineFactory } from "../helpers/engine";

const { newEngine } = engineFactory();

test("a URL that cannot be reached: one entry says so", async () => {
  const { rec, engine } = newEngine();
  // Port 9 is on fetch's bad-port list: refused before any socket, the same on every machine.
  const state = await engine.connect({ target: { transport: "http", url: "http://127.0.0.1:9/mcp" } });
  expect(state.status).toBe("failed");
  const said = rec.since(0).flatMap((e) => (e.kind === "lifecycle" && e.event !== "connecting" ? [e.event] : []));
  expect(said).toEqual(["connect-failed"]);
});
