// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EntryView } from "../../features/viewer/entry-view";
import { verdictsOf } from "../../features/viewer/verdicts";
import { ViewerApp } from "../../features/viewer/viewer-app";
import { buildSession } from "../../lib/session/file";
import type { Entry } from "../../lib/record/format";

afterEach(cleanup);

const APP_HTML = `<img src=x onerror="window.ran=1"><script>window.ran=2</script>`;

const entries: Entry[] = [
  {
    seq: 1,
    t: 1,
    kind: "message",
    dir: "client->server",
    size: 1,
    message: { jsonrpc: "2.0", id: 1, method: "resources/read", params: { uri: "ui://app" } },
  },
  {
    seq: 2,
    t: 2,
    kind: "message",
    dir: "server->client",
    size: 1,
    pair: { seq: 1, method: "resources/read", latencyMs: 1 },
    message: { jsonrpc: "2.0", id: 1, result: { contents: [{ uri: "ui://app", mimeType: "text/html;profile=mcp-app", text: APP_HTML }] } },
  },
];
const session = buildSession({
  inspectorVersion: "0.1.0",
  target: { transport: "stdio", command: "node", args: ["s.js"], env: {} },
  capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
  entries,
});

describe("the read-only viewer", () => {
  it("shows an App's HTML as text: no element is made from it, nothing of it runs", () => {
    const { container } = render(<EntryView entry={entries[1]} findings={[]} onShowEntry={() => undefined} />);
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByTestId("viewer-entry-json").textContent).toContain("<script>window.ran=2</script>");
    expect((window as { ran?: number }).ran).toBeUndefined();
  });

  it("reads verdicts defensively: odd items are kept as far as they can be shown, never thrown on", () => {
    expect(verdictsOf({})).toEqual([]);
    expect(verdictsOf({ verdicts: "nope" })).toEqual([]);
    expect(
      verdictsOf({
        verdicts: [
          { name: "echo", expected: "a", actual: "b", pass: false, seqs: [3, 4, "x"] },
          { step: "sum", status: "passed", requestSeq: 7 },
          { title: 42 },
          null,
        ],
      }),
    ).toEqual([
      { name: "echo", passed: false, expected: "a", actual: "b", seqs: [3, 4] },
      { name: "sum", passed: true, seqs: [7] },
      { name: "verdict 3", passed: undefined, seqs: [] },
    ]);
  });

  it("opens on the failing verdict, and its entry is the failing step's row", () => {
    const verdicts = verdictsOf({ verdicts: [{ name: "reads the app", expected: "<p>", actual: APP_HTML, pass: false, seqs: [2] }] });
    render(<ViewerApp recording={{ session, verdicts, findings: [], from: "page", openArg: "bug.html" }} />);
    expect(screen.getByTestId("verdict-actual").textContent).toBe(APP_HTML);
    expect(screen.getByTestId("viewer-open-command")).toHaveProperty("value", "npx mcp-inspector-harness --open 'bug.html'");
    fireEvent.click(screen.getByRole("button", { name: "seq 2" }));
    const row = screen.getAllByTestId("viewer-row").find((r) => r.dataset.seq === "2")!;
    expect(row.className).toContain("failing");
    expect(row.getAttribute("aria-pressed")).toBe("true");
  });

  it("a link's recording says Problems need an inspector (the lint's findings travel only in page files)", () => {
    render(<ViewerApp recording={{ session, verdicts: [], from: "link", openArg: "https://v.example/#session=v1.x" }} />);
    fireEvent.click(screen.getByRole("tab", { name: /Problems/ }));
    expect(screen.getByTestId("viewer-no-lint").textContent).toMatch(/open it in an inspector/);
  });
});
