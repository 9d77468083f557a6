import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import { buildSession, entriesOfLastConnection, type SessionFile } from "../../lib/session/file";
import type { ConnectSpecInput, Target } from "../../lib/target/target";

/** Record a session against a real target: connect, run `script`, build the session file. */
export async function recordSession(
  target: Target,
  script: (engine: Engine) => Promise<void>,
  spec: Partial<ConnectSpecInput> = {},
  /** The record to keep it in (one with its own bounds, to see what they cut). */
  record = new RecordStore(),
): Promise<SessionFile> {
  const engine = new Engine(record, { name: "test", version: "0" });
  try {
    const state = await engine.connect({ target, ...spec });
    if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
    await script(engine);
    return buildSession({
      inspectorVersion: "test",
      target,
      capabilities: state.capabilities!,
      negotiated: state.negotiated,
      entries: entriesOfLastConnection(record.since(0)),
    });
  } finally {
    await engine.close();
  }
}

/** The typical demo session the share-link budget is about: connect, list everything, ten calls. */
export async function demoSession(target: Target): Promise<SessionFile> {
  return recordSession(target, async (e) => {
    await e.request("tools/list", {});
    await e.request("resources/list", {});
    await e.request("resources/templates/list", {});
    await e.request("prompts/list", {});
    await e.callTool("echo", { message: "hello" });
    await e.callTool("get-sum", { a: 1, b: 2 });
    await e.callTool("get-sum", { a: 40, b: 2 });
    await e.callTool("get-structured-content", { location: "New York" });
    await e.callTool("get-annotated-message", { messageType: "success", includeImage: false });
    await e.callTool("echo", { message: "ten calls" });
    await e.request("resources/read", { uri: "demo://resource/static/document/architecture.md" }).catch(() => undefined);
    await e.request("prompts/get", { name: "simple-prompt" }).catch(() => undefined);
    await e.request("ping", undefined);
    await e.callTool("get-resource-reference", { resourceType: "Text", resourceId: 1 }).catch(() => undefined);
  });
}
