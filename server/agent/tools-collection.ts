import { readFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import type { Engine } from "../engine";
import { HarnessSession } from "../test-library/session";
import { runCollection } from "../collections/run";
import { SnapshotFile, snapshotFileOf } from "../collections/snapshots";
import { parseCollection } from "../../lib/collections/format";
import { readFailure } from "../read-failure";
import type { AgentConnection } from "./connection";
import { tool } from "./define";
import { NAME } from "./tools-connect";
import { cutLine } from "./describe";
import { agentError } from "./errors";

/** Requests that go through the runner's session are sent as the agent's, as every other call here. */
const SENDS = new Set(["send", "sendToolCall", "request", "callTool"]);

/** The connection's engine with every request the runner sends marked as the agent's. */
function markedAsAgent(c: AgentConnection): Engine {
  const mark = c.link.mark;
  if (!mark) return c.engine;
  return new Proxy(c.engine, {
    get(target, key) {
      const v: unknown = Reflect.get(target, key, target);
      if (typeof v !== "function") return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      return SENDS.has(String(key)) ? (...a: unknown[]) => mark.during(() => f(...a)) : f;
    },
  });
}

const runCollectionTool = tool({
  name: "run_collection",
  description:
    "Run a collection file (the steps `inspector test` runs: calls with expectations, captures, snapshots) on a connection, and say which steps passed, failed or erred and why.",
  input: {
    name: NAME,
    file: z.string().min(1).describe("the collection (.yaml or .json)"),
    grep: z.string().optional().describe("only steps whose name contains this"),
    bail: z.boolean().optional().describe("stop at the first step that fails"),
  },
  output: { file: z.string(), counts: z.unknown(), steps: z.array(z.unknown()) },
  async run(a, ctx) {
    const c = ctx.connections.get("run_collection", a.name);
    const state = c.state();
    if (state.status !== "connected" || !state.negotiated || !c.target)
      throw agentError("not_connected", "run_collection", `connection "${c.name}" is ${state.status}: connect or restart first`);
    const file = path.resolve(a.file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw agentError("usage", "run_collection", `cannot read ${file}: ${readFailure(e)}`);
    }
    const parsed = parseCollection(text, file);
    if (!parsed.ok) {
      const e = parsed.error;
      throw agentError("usage", "run_collection", `${e.file}${e.line ? `:${e.line}` : ""}${e.key ? ` ${e.key}` : ""}: ${e.message}`);
    }
    const session = new HarnessSession({
      // The run borrows the connection, as the page's Collections tab does: closing the session leaves it open.
      engine: markedAsAgent(c),
      borrowed: true,
      record: c.link.record,
      target: c.target,
      state,
      requestMs: 30_000,
      release: () => undefined,
    });
    const snapshots = new SnapshotFile(snapshotFileOf(file));
    try {
      const grep = a.grep;
      const run = await runCollection(session, parsed.collection, {
        file,
        snapshots,
        ...(grep ? { grep: new RegExp(grep.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) } : {}),
        ...(a.bail ? { bail: true } : {}),
      });
      snapshots.save();
      return {
        file,
        counts: run.counts,
        steps: run.steps.map((s) => ({
          name: s.name,
          status: s.status,
          ...(s.message ? { message: cutLine(s.message) } : {}),
          ...(s.status === "fail"
            ? { failed: s.expectations.filter((x) => !x.pass).map((x) => cutLine(`${x.label}: ${x.message ?? ""}`)) }
            : {}),
          ...(s.seqs ? { seqs: s.seqs } : {}),
        })),
      };
    } finally {
      await session.close();
    }
  },
});

export const COLLECTION_TOOLS = [runCollectionTool];
