import { describe, expect, it } from "vitest";
import { keyVariableFor, looksLikeKey, modelLabel, parseModelSpec } from "../../lib/model/spec";
import { KeyStore } from "../../server/model";

describe("parseModelSpec", () => {
  it("reads provider:model-id, the model id kept whole (colons and slashes included)", () => {
    expect(parseModelSpec("openai:gpt-4o")).toEqual({ provider: "openai", modelId: "gpt-4o" });
    expect(parseModelSpec("anthropic:claude-sonnet-4-5-20250929")).toEqual({
      provider: "anthropic",
      modelId: "claude-sonnet-4-5-20250929",
    });
    expect(parseModelSpec("openai-compatible:qwen2.5:7b", "http://127.0.0.1:11434/v1")).toEqual({
      provider: "openai-compatible",
      modelId: "qwen2.5:7b",
      baseUrl: "http://127.0.0.1:11434/v1",
    });
    expect(modelLabel({ provider: "openai", modelId: "gpt-4o" })).toBe("openai:gpt-4o");
  });

  it("refuses bad input in words", () => {
    expect(parseModelSpec("gpt-4o")).toEqual(
      new Error(
        '--model "gpt-4o": expected provider:model-id with provider one of anthropic, openai, openai-compatible (e.g. openai:gpt-4o)',
      ),
    );
    expect(parseModelSpec("mistral:large")).toBeInstanceOf(Error);
    expect(parseModelSpec("openai:")).toEqual(new Error('--model "openai:": the model id after "openai:" is empty'));
    expect((parseModelSpec("openai-compatible:llama3") as Error).message).toMatch(/needs --model-base-url/);
    expect((parseModelSpec("openai-compatible:llama3", "ftp://x") as Error).message).toMatch(/not an http\(s\) URL/);
    expect((parseModelSpec("openai-compatible:llama3", "http://u:p@127.0.0.1/v1") as Error).message).toMatch(/must not carry credentials/);
  });

  it("refuses a key given where the model goes, without repeating it", () => {
    for (const key of [
      "sk-proj-abcdefghijklmnop",
      "openai:sk-abc123",
      "anthropic:sk-ant-api03-xyz",
      "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    ]) {
      const out = parseModelSpec(key);
      expect(out).toBeInstanceOf(Error);
      expect((out as Error).message).toMatch(/set ANTHROPIC_API_KEY, OPENAI_API_KEY or MODEL_API_KEY/);
      expect((out as Error).message).not.toContain(key.split(":").pop());
    }
    expect(looksLikeKey("claude-3-5-haiku-20241022")).toBe(false);
    expect(looksLikeKey("meta-llama/Llama-3.1-8B-Instruct")).toBe(false);
  });

  it("names the variable each provider's key comes from", () => {
    expect(keyVariableFor({ provider: "anthropic", modelId: "x" })).toBe("ANTHROPIC_API_KEY");
    expect(keyVariableFor({ provider: "openai", modelId: "x" })).toBe("OPENAI_API_KEY");
    expect(keyVariableFor({ provider: "openai-compatible", modelId: "x" })).toBe("MODEL_API_KEY");
  });
});

describe("KeyStore", () => {
  it("holds the three variables' keys and masks them, and the head a provider echoes, in any text", () => {
    const keys = KeyStore.fromEnv({ OPENAI_API_KEY: " sk-proj-0123456789abcdefghijklmnopqrstuv ", PATH: "/bin", MODEL_API_KEY: "" });
    expect(keys.variables()).toEqual(["OPENAI_API_KEY"]);
    expect(keys.mask("Bearer sk-proj-0123456789abcdefghijklmnopqrstuv")).toBe("Bearer ••••");
    expect(keys.mask("Incorrect API key provided: sk-proj-0123********tuv")).toBe("Incorrect API key provided: ••••********tuv");
    keys.set("OPENAI_API_KEY", "");
    expect(keys.has("OPENAI_API_KEY")).toBe(false);
  });
});
