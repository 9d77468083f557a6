// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FailedStart } from "../../components/failed-start";

afterEach(cleanup);

// Issue 73: a URL server's failed connection said "It printed nothing on stderr" (a URL has no stderr).
describe("a failed start says what there is to see", () => {
  it("a URL target: no word of stderr, the HTTP exchange instead", () => {
    render(
      <FailedStart error={{ kind: "connection-refused", message: "connect ECONNREFUSED 127.0.0.1:9", stderrTail: [] }} transport="http" />,
    );
    expect(screen.queryByText(/stderr\.$/)).toBeNull();
    expect(screen.getByText(/has no stderr here: the timeline holds the HTTP exchange/)).toBeTruthy();
  });

  it("a process that printed nothing: says so", () => {
    render(<FailedStart error={{ kind: "exited", message: "the server exited", exitCode: 1, stderrTail: [] }} transport="stdio" />);
    expect(screen.getByText("It printed nothing on stderr.")).toBeTruthy();
  });

  it("without the target, an HTTP failure's kind tells it is a URL", () => {
    render(<FailedStart error={{ kind: "http-status", message: "HTTP 500", httpStatus: 500, stderrTail: [] }} />);
    expect(screen.queryByText("It printed nothing on stderr.")).toBeNull();
  });
});
