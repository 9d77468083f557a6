// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { answerDeadline, USUAL_SERVER_WAIT_MS } from "../../features/requests/answer-deadline";
import { PendingRequestHeader } from "../../features/requests/pending-request-header";
import { othersWaiting } from "../../features/shell/pending-request-dialog";
import { serverFileName } from "../../features/collections/save-as-test-dialog";
import type { PendingServerRequest } from "../../lib/session/state";

afterEach(cleanup);

// Issue 66, the page's points 8 and 9.
const at = Date.UTC(2026, 10, 26, 5, 10, 15);
const sampling: PendingServerRequest = {
  pendingId: "p1",
  seq: 23,
  method: "sampling/createMessage",
  params: {},
  receivedAt: at,
  deadline: at + 300_000,
};

describe("when an answer to a server's request comes too late", () => {
  it("is the server's usual 60 s when that comes before the inspector's own 300 s, and says the server's limit is unknown", () => {
    expect(answerDeadline(sampling)).toEqual({ at: at + USUAL_SERVER_WAIT_MS, by: "server-usual", inspectorAt: at + 300_000 });
    render(<PendingRequestHeader request={sampling} title="Sampling request" onShowEntry={() => undefined} />);
    const text = screen.getByTestId("answer-deadline").textContent ?? "";
    expect(text).toContain("a server usually gives up after 60 s (its own limit is unknown)");
    expect(text).toMatch(/answer by \d\d:\d\d:\d\d/);
    expect(text).toMatch(/the inspector waits until \d\d:\d\d:\d\d/);
  });

  it("is the inspector's when that is the shorter one", () => {
    expect(answerDeadline({ ...sampling, deadline: at + 20_000 })).toEqual({ at: at + 20_000, by: "inspector" });
  });

  it("is the inspector's alone where no server waits: a request inside input_required, or run as a task", () => {
    expect(answerDeadline({ ...sampling, inputRequired: { requestSeq: 4, key: "k" } }).by).toBe("inspector");
    expect(answerDeadline({ ...sampling, taskId: "t1" }).by).toBe("inspector");
  });
});

describe("the waiting panel's count of other requests", () => {
  it("says which came before the one shown and which after it", () => {
    expect(othersWaiting(1, 0)).toBe("1 other waits from before it");
    expect(othersWaiting(0, 2)).toBe("2 others wait after it");
    expect(othersWaiting(2, 1)).toBe("2 others wait from before it, and 1 other waits after it");
  });
});

describe("Save as test's file", () => {
  it("is named for the connected server", () => {
    expect(serverFileName("mcp-servers/everything")).toBe("mcp-servers-everything.mcp-tests.yaml");
    expect(serverFileName("Weather Server")).toBe("weather-server.mcp-tests.yaml");
    expect(serverFileName("../../etc")).toBe("etc.mcp-tests.yaml");
    expect(serverFileName(undefined)).toBe("server.mcp-tests.yaml");
  });
});
