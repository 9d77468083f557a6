import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { isMap, parseDocument } from "yaml";
import * as z from "zod";
import type { Engine } from "../engine";
import { HarnessSession } from "../test-library/session";
import { runCollection } from "../collections/run";
import { SnapshotFile, snapshotFileOf } from "../collections/snapshots";
import { noteFilled, redactFilled } from "../collections/filled-values";
import { parseCollection } from "../../lib/collections/format";
import { listedEnv } from "../../lib/collections/env-policy";
import type { Filled } from "../../lib/collections/variables";
import { readFailure } from "../read-failure";
import type { AgentConnection } from "./connection";
import { SENDS as SENDS_ANNOTATIONS, tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { cutLine } from "./describe";
import { agentError } from "./errors";
import { untrusted } from "./untrusted";

/** Requests that go through the runner's session are sent as the agent's, as every other call here. */
const SENDS = new Set(["send", "sendToolCall", "request", "callTool"]);
/** The biggest collection the agent reads, as the page (server/collections/page-store.ts). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const COLLECTION_EXT = /\.(ya?ml|json)$/i;

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

/**
 * The collection file an agent named, read only when it is one: inside `root` once every link
 * is resolved, a .yaml/.yml/.json file of at most 4 MiB whose top holds `steps:`. A refusal
 * names the path and why, never a line of the file (issue 51 point 5: /etc/shadow's first line
 * came back in an error).
 */
function readCollectionFile(file: string, root: string): { path: string; text: string } {
  const refuse = (why: string) => agentError("usage", "run_collection", why);
  if (file.includes("\0")) throw refuse("the file name holds a NUL character: no file can have that name");
  const realRoot = realpathSync(root);
  const wanted = path.resolve(realRoot, file);
  let real: string;
  try {
    real = realpathSync(wanted);
  } catch (e) {
    throw refuse(`cannot read ${wanted}: ${readFailure(e)}`);
  }
  const rel = path.relative(realRoot, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
    throw refuse(
      `${wanted} is outside ${realRoot}, the folder this inspector reads collections in (the person can start it in another folder)`,
    );
  if (!COLLECTION_EXT.test(real)) throw refuse(`${wanted} is not a collection file (.mcp-tests.yaml, .yml or .json)`);
  const st = statSync(real);
  if (!st.isFile()) throw refuse(`${wanted} is not a file`);
  if (st.size > MAX_FILE_BYTES) throw refuse(`${wanted} is over ${MAX_FILE_BYTES / 1048576} MiB: not a collection`);
  const text = readFileSync(real, "utf8");
  // Whether it is a collection at all, read without expanding anything: its top is a map with steps.
  const doc = parseDocument(text, { prettyErrors: false });
  if (!isMap(doc.contents) || !doc.contents.has("steps"))
    throw refuse(`${wanted} is not a collection (no steps: at its top): nothing of it is shown or run`);
  return { path: real, text };
}

const runCollectionTool = tool({
  name: "run_collection",
  description:
    "Run a collection file (as `inspector test`) on a connection: which steps passed, failed or erred, and why. ${NAME} fills only the target's env and names allowed at start.",
  input: {
    connection: CONNECTION_ARG,
    file: z.string().min(1).describe("the collection (.yaml or .json), relative to the inspector's folder"),
    grep: z.string().optional().describe("only steps whose name contains this"),
    bail: z.boolean().optional().describe("stop at the first step that fails"),
  },
  annotations: SENDS_ANNOTATIONS,
  async run(a, ctx) {
    const c = ctx.connections.get("run_collection", a.connection);
    const state = c.state();
    if (state.status !== "connected" || !state.negotiated || !c.target)
      throw agentError("not_connected", "run_collection", `connection "${c.name}" is ${state.status}: connect or restart first`);
    const { path: file, text } = readCollectionFile(a.file, ctx.files.root);
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
    const targetEnv = c.target.transport === "stdio" ? c.target.env : {};
    const filled: Filled = new Map();
    try {
      const grep = a.grep;
      const run = await runCollection(session, parsed.collection, {
        file,
        // Beyond the target's own env, only the names listed when this agent server was made (define.ts).
        env: listedEnv(process.env, ctx.collectionNames ?? [], targetEnv),
        filled,
        snapshots,
        ...(grep ? { grep: new RegExp(grep.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) } : {}),
        ...(a.bail ? { bail: true } : {}),
      });
      snapshots.save();
      return redactFilled(
        {
          file,
          counts: run.counts,
          // What a step says quotes the server's answers (expected and actual): untrusted.
          steps: run.steps.map((s) => ({
            name: s.name,
            status: s.status,
            ...(s.seqs ? { seqs: s.seqs } : {}),
            ...untrusted({
              message: s.message ? cutLine(s.message) : undefined,
              failed:
                s.status === "fail"
                  ? s.expectations.filter((x) => !x.pass).map((x) => cutLine(`${x.label}: ${x.message ?? ""}`))
                  : undefined,
            }),
          })),
        },
        filled,
      );
    } finally {
      // Whoever saves this connection's record (save_session) takes these values out: filledOn(record).
      noteFilled(c.link.record, filled);
      await session.close();
    }
  },
});

export const COLLECTION_TOOLS = [runCollectionTool];
