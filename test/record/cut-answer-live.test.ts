// Issue 91: an answer past the record's bound for one frame is cut in the record (its size and
// SHA-256 kept, the handshake safe), but the call that asked for it still gets it whole, and the
// lint says the body was cut instead of judging the marker as the server's result.
import path from "node:path";
import { expect, test } from "vitest";
import { lintRecord } from "../../lib/lint";
import type { Target } from "../../lib/target/target";
import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import { FIXTURES } from "../helpers/targets";

const MiB = 1024 * 1024;
const big: Target = { transport: "stdio", command: process.execPath, args: [path.join(FIXTURES, "big.mjs")], env: {} };

test("the call gets the whole answer the record cut; the lint names the cut, not a schema violation", async () => {
  // An 8 MiB record keeps a frame whole up to 2 MiB (a quarter of its bound).
  const record = new RecordStore({ maxBytes: 8 * MiB });
  const engine = new Engine(record, { name: "test", version: "0" });
  try {
    const state = await engine.connect({ target: big });
    expect(state.status).toBe("connected");
    const outcome = await engine.callTool("big", { mb: 3 });
    const content = (outcome.result as { content: { type: string; text: string }[] }).content;
    expect(content[0].type).toBe("text");
    expect(content[0].text.length).toBeGreaterThanOrEqual(3 * MiB);

    const response = record.get(outcome.responseSeq!);
    expect(response?.kind === "message" && response.cut).toMatchObject({ field: "result", by: "record" });

    const findings = lintRecord(record.since(0)).filter((f) => f.seq === outcome.responseSeq);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["jsonrpc/body-cut", "info"]]);
    expect(findings[0].message).toMatch(
      /its result \([\d,]+ bytes in all\) was past the record's bound for one frame: cut, sha256:[0-9a-f]{64} kept/,
    );
  } finally {
    await engine.close();
  }
});
