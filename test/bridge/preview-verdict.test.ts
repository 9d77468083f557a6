import { afterEach, expect, test } from "vitest";
import type { RunningInspector } from "../../server/launcher/inspector";
import { waitFor } from "../helpers/targets";
import { fixture } from "../helpers/fixtures";
import { connectClient, startTestInspector } from "../helpers/inspector";

const MiB = 1024 * 1024;
let inspector: RunningInspector | undefined;
afterEach(async () => {
  await inspector?.close();
  inspector = undefined;
});

// In a file of its own: the call is the engine's first output verdict, which loads its validator
// (a module import) between the response being recorded and the outcome settling.
test("a big result with an outputSchema: the preview's reply carries the verdict and still leaves ahead of the entry", async () => {
  inspector = await startTestInspector();
  const { client, seen } = await connectClient(inspector);
  await client.hello(0, { previews: true });
  await client.command({ type: "connect", spec: { target: fixture("big-typed") } });
  await client.command({ type: "request", method: "tools/list" });
  const big = await client.command({ type: "call-tool", name: "big-typed", arguments: { mb: 2 } });
  expect(big.verdict).toEqual({ valid: true, errors: [] });
  expect(big).toMatchObject({ resultInRecord: true, responseSeq: expect.any(Number) });
  expect((big.preview as { content: Array<{ text: string }> }).content[0].text.length).toBe(64 * 1024);
  expect(seen.entries.some((e) => e.seq === big.responseSeq)).toBe(false);
  const entry = await waitFor(() => seen.entries.find((e) => e.seq === big.responseSeq), 10_000, "the big entry");
  expect((entry as { message: { result: { content: Array<{ text: string }> } } }).message.result.content[0].text.length).toBe(2 * MiB);
});
