import { describe, expect, it } from "vitest";
import { draftFrom, specFrom } from "../../features/connection/connection-draft";
import { joinShellWords as joinArgs, splitShellWords as splitArgs } from "../../lib/target/shell-words";

describe("splitArgs / joinArgs", () => {
  it("splits like a shell and round-trips", () => {
    const r = splitArgs(`dist/index.js  --name "two words" 'it''s' a\\ b ""`);
    expect(r).toEqual({ ok: true, args: ["dist/index.js", "--name", "two words", "its", "a b", ""] });
    const args = ["x", "two words", "it's", "", "$HOME"];
    expect(splitArgs(joinArgs(args))).toEqual({ ok: true, args });
  });
  it("says when a quote is left open", () => {
    expect(splitArgs(`"open`)).toEqual({ ok: false, message: "the arguments have an unclosed double quote" });
  });
});

describe("specFrom", () => {
  it("builds a stdio spec with env and cwd, skipping blank keys", () => {
    const d = {
      ...draftFrom(),
      command: " node ",
      argsText: "a b",
      env: [
        { key: "K", value: "v" },
        { key: " ", value: "x" },
      ],
      cwd: "/tmp",
    };
    expect(specFrom(d)).toEqual({
      ok: true,
      spec: {
        target: { transport: "stdio", command: "node", args: ["a", "b"], env: { K: "v" }, cwd: "/tmp" },
        protocolEra: "auto",
        capabilities: d.capabilities,
      },
    });
  });
  it("refuses an empty command and a bad URL in words", () => {
    expect(specFrom(draftFrom())).toMatchObject({ ok: false, message: "command is empty" });
    expect(specFrom({ ...draftFrom(), transport: "http", url: "ftp://x" })).toMatchObject({
      ok: false,
      message: "url must be an http(s) URL",
    });
  });
  it("reads a target back into a draft", () => {
    const d = draftFrom({ transport: "sse", url: "http://localhost:1/sse", headers: { Authorization: "Bearer x" } });
    expect(d).toMatchObject({ transport: "sse", url: "http://localhost:1/sse", headers: [{ key: "Authorization", value: "Bearer x" }] });
  });
});

describe("the answer timeout for server requests", () => {
  it("is sent only when changed from the backend's default, in milliseconds; nonsense is refused in words", () => {
    const d = { ...draftFrom(), command: "node" };
    const plain = specFrom(d);
    expect(plain.ok && "timeouts" in plain.spec).toBe(false);
    expect(specFrom({ ...d, answerTimeoutText: "2.5" })).toMatchObject({ ok: true, spec: { timeouts: { serverRequestMs: 2500 } } });
    expect(specFrom({ ...d, answerTimeoutText: "soon" })).toEqual({
      ok: false,
      message: "the answer timeout must be a number of seconds above 0",
    });
    expect(specFrom({ ...d, answerTimeoutText: "0" })).toMatchObject({ ok: false });
  });
});

describe("the protocol era", () => {
  it("starts at auto, is sent as protocolEra, and a draft made from a target keeps the era it is given", () => {
    const d = { ...draftFrom(), command: "node" };
    expect(d.protocolEra).toBe("auto");
    expect(specFrom(d)).toMatchObject({ ok: true, spec: { protocolEra: "auto" } });
    expect(specFrom({ ...d, protocolEra: "modern" })).toMatchObject({ ok: true, spec: { protocolEra: "modern" } });
    expect(draftFrom({ transport: "http", url: "http://localhost:1/mcp", headers: {} }, undefined, "legacy").protocolEra).toBe("legacy");
  });
});
