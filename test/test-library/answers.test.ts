import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { EVERYTHING, waitFor } from "../helpers/targets";

const everything = { command: process.execPath, args: [EVERYTHING] };
const textOf = (r: { content: Array<{ type: string; text?: string }> }) => r.content.map((c) => c.text ?? "").join("\n");

describe("answers for the server's own requests", () => {
  it("sampling by a function: the server's request reaches it, its result goes back", async () => {
    const asked: unknown[] = [];
    await using mcp = await connect(everything, {
      answers: {
        sampling: ({ params }) => {
          asked.push(params.messages);
          return { role: "assistant", content: { type: "text", text: "forty-two" }, model: "scripted", stopReason: "endTurn" };
        },
      },
    });
    expect(mcp.negotiated.clientCapabilities.sampling).toEqual({});
    const r = await mcp.callTool("trigger-sampling-request", { prompt: "the answer?", maxTokens: 10 });
    expect(textOf(r)).toMatch(/forty-two/);
    expect(JSON.stringify(asked)).toMatch(/the answer\?/);
  });

  it("sampling by canned rules, as the CLI's --sampling", async () => {
    await using mcp = await connect(everything, { answers: { sampling: [{ match: "weather", text: "sunny", model: "canned" }] } });
    const r = await mcp.callTool("trigger-sampling-request", { prompt: "what is the weather?" });
    expect(textOf(r)).toMatch(/sunny/);
  });

  it("elicitation by a function, and a function that throws answers with an error", async () => {
    await using mcp = await connect(everything, {
      answers: { elicitation: () => ({ action: "accept", content: { name: "Ada", check: true } }) },
    });
    expect(textOf(await mcp.callTool("trigger-elicitation-request"))).toMatch(/Ada/);
    await using failing = await connect(everything, {
      answers: {
        elicitation: () => {
          throw new Error("no person here");
        },
      },
    });
    const r = await failing.callTool("trigger-elicitation-request").then(
      (x) => textOf(x),
      (e: Error) => e.message,
    );
    expect(r).toMatch(/no person here/);
  });

  it("roots from the list, and setRoots tells the server", async () => {
    await using mcp = await connect(everything, { answers: { roots: [{ uri: "file:///work/a", name: "a" }] } });
    expect(textOf(await mcp.callTool("get-roots-list"))).toMatch(/file:\/\/\/work\/a/);
    await mcp.setRoots([{ uri: "file:///work/b", name: "b" }]);
    await waitFor(() =>
      mcp.record().some((e) => e.kind === "message" && e.pair?.method === "roots/list" && JSON.stringify(e.message).includes("work/b")),
    );
    expect(textOf(await mcp.callTool("get-roots-list"))).toMatch(/file:\/\/\/work\/b/);
  });

  it("offers nothing it cannot answer: with no answers the server sees no sampling, elicitation or roots", async () => {
    await using mcp = await connect(everything);
    expect(mcp.negotiated.clientCapabilities).toEqual({});
    const names = (await mcp.listTools()).tools.map((t) => t.name);
    expect(names).not.toContain("trigger-sampling-request");
    expect(names).toContain("echo");
  });
});
