// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DiffItem } from "../../features/recording/diff-item";
import { RecordedCalls } from "../../features/recording/recorded-calls";

afterEach(cleanup);

const RLO = "\u202e";
const TAG = "\u{E0041}";

describe("strings a recording supplies are shown escaped in every recording view", () => {
  it("a replay item's method, tool name and note", () => {
    const { container } = render(
      <DiffItem
        item={{ recordedSeq: 3, method: `tools/call${RLO}`, params: { name: `echo${TAG}` }, status: "same", diff: [], note: `note${RLO}` }}
        onShowEntry={() => undefined}
      />,
    );
    expect(container.textContent).not.toContain(RLO);
    expect(container.textContent).not.toContain(TAG);
    expect(container.textContent).toMatch(/tools\/call\\u\{202E\}/i);
  });

  it("a recorded call's tool name", () => {
    const { container } = render(
      <RecordedCalls
        calls={[
          {
            name: `get${RLO}sum`,
            requestSeq: 5,
            arguments: {},
            outcome: { result: { content: [] }, verdict: null, durationMs: 1 },
          } as never,
        ]}
        onShowEntry={() => undefined}
      />,
    );
    expect(container.textContent).not.toContain(RLO);
  });
});
