// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Entry } from "../../lib/record/format";
import { TimelineRow } from "../../features/timeline/timeline-row";
import { VerdictDetail } from "../../features/timeline/verdict-detail";
import { DiffView } from "../../features/recording/diff-view";
import { summarizeReplay, type ReplayReport } from "../../lib/session/replay-result";
import { editedParams } from "../../features/recording/replay-diff-container";

// Issue 87: a recording's rows are red for a failing verdict, not for an isError a step expected;
// the detail shows expected beside actual; a reproduced failure is never green.

afterEach(cleanup);

const isErrorAnswer = {
  seq: 12,
  t: 12,
  kind: "message",
  dir: "server->client",
  size: 40,
  message: { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "division by zero" }], isError: true } },
  pair: { seq: 11, method: "tools/call", latencyMs: 2 },
} as Entry;
const request = {
  seq: 13,
  t: 13,
  kind: "message",
  dir: "client->server",
  size: 40,
  message: { jsonrpc: "2.0", id: 2, method: "prompts/get", params: { name: "greet" } },
} as Entry;

const row = (entry: Entry, extra: Partial<Parameters<typeof TimelineRow>[0]> = {}) =>
  render(<TimelineRow entry={entry} top={0} selected={false} onSelect={() => undefined} {...extra} />).container.querySelector(
    "[data-testid=timeline-row]",
  )!;

describe("a recording's verdicts in the timeline", () => {
  it("an isError answer a passing step expected is not red; a failing verdict's row is, and says so", () => {
    expect(row(isErrorAnswer).className).toContain("tl-alarm"); // no verdict: an error as before
    cleanup();
    const expected = row(isErrorAnswer, { verdict: { name: "divide by zero is a tool error", status: "pass" } });
    expect(expected.className).not.toContain("tl-alarm");
    expect(expected.getAttribute("data-verdict")).toBe("pass");
    cleanup();
    const failing = row(request, { verdict: { name: "greet says Hello", status: "fail" } });
    expect(failing.className).toContain("tl-alarm");
    expect(failing.className).toContain("tl-verdict-fail");
    expect(screen.getByTestId("verdict-mark").getAttribute("title")).toBe("failed: greet says Hello");
  });

  it("Run again sits on the row and runs without selecting it", () => {
    const onRunAgain = vi.fn();
    const onSelect = vi.fn();
    render(<TimelineRow entry={request} top={0} selected={false} onSelect={onSelect} onRunAgain={onRunAgain} />);
    fireEvent.click(screen.getByRole("button", { name: "Run seq 13 again" }));
    expect(onRunAgain).toHaveBeenCalledWith(13);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it("the detail: the step, its request and response, each expectation's expected beside actual, escaped", () => {
    const onJump = vi.fn();
    render(
      <VerdictDetail
        verdict={{
          source: "test",
          name: "greet \u202esays Hello",
          status: "fail",
          requestSeq: 13,
          responseSeq: 14,
          checks: [{ label: "text equals", pass: false, message: "is not", expected: "Hello, Ada!", actual: "<b>Hi</b>" }],
        }}
        onJump={onJump}
      />,
    );
    expect(screen.getByTestId("verdict-detail").textContent).toContain("\\u{202E}says Hello");
    expect(screen.getByTestId("verdict-expected").textContent).toBe('"Hello, Ada!"');
    expect(screen.getByTestId("verdict-actual").textContent).toBe('"<b>Hi</b>"');
    expect(screen.getByTestId("verdict-detail").querySelector("b")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "seq 14" }));
    expect(onJump).toHaveBeenCalledWith(14);
  });
});

describe("the replay diff's verdict", () => {
  const items = [{ recordedSeq: 13, method: "prompts/get", status: "same" as const, diff: [] }];
  const base: ReplayReport = { target: "node s.js", connected: true, items, summary: summarizeReplay(items) };
  it("reproduced is red, changed amber; a recording with no failure that came back the same stays green", () => {
    render(<DiffView report={{ ...base, reproduction: "reproduced" }} onShowEntry={() => undefined} />);
    const summary = screen.getByTestId("diff-summary");
    expect(summary.textContent).toBe("reproduced: the same failure came back (1 same, 0 changed).");
    expect(summary.className).toContain("verdict-invalid");
    cleanup();
    render(<DiffView report={{ ...base, reproduction: "changed" }} onShowEntry={() => undefined} />);
    expect(screen.getByTestId("diff-summary").className).toContain("verdict-warn");
    cleanup();
    render(<DiffView report={base} onShowEntry={() => undefined} />);
    expect(screen.getByTestId("diff-summary").className).toContain("verdict-valid");
  });
});

describe("Edit and run on a recorded request", () => {
  it("the edited params must be a JSON object; the confirm says why not", () => {
    expect(editedParams('{ "name": "greet", "arguments": { "name": "Grace" } }')).toEqual({
      params: { name: "greet", arguments: { name: "Grace" } },
    });
    expect(editedParams("[1]")).toEqual({ error: "params must be a JSON object" });
    expect(editedParams("{oops")).toMatchObject({ error: expect.stringMatching(/^not JSON: /) });
  });
});
