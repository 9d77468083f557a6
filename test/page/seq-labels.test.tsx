// @vitest-environment jsdom
import fs from "node:fs";
import path from "node:path";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DiffItem } from "../../features/recording/diff-item";
import { RecordedCalls } from "../../features/recording/recorded-calls";
import { SEQ_TITLE } from "../../components/seq-links";

afterEach(cleanup);

// Issue 92: a number on the page says what it is, "seq n" (the record's number, the timeline's
// first column) or "id n" (a JSON-RPC id). A bare "#n" beside a row's id read as a second numbering
// of the same call.
const ROOT = path.resolve(__dirname, "../..");

function tsxUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).flatMap((d) => {
    if (!d.isFile() || !d.name.endsWith(".tsx")) return [];
    return [path.relative(ROOT, path.join(d.parentPath, d.name))];
  });
}

describe("no bare #n on the page", () => {
  it("no page component draws a number as '#n' (JSX text #{…}, or a label's ` #${…}` / `(#${…}`)", () => {
    const bare: string[] = [];
    for (const file of [...tsxUnder("features"), ...tsxUnder("components"), ...tsxUnder("app")]) {
      fs.readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          if (/(^|[\s>(])#\{/.test(line) || /[\s(]#\$\{/.test(line)) bare.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(bare).toEqual([]);
  });
});

describe("each number says what it is", () => {
  it("a recorded call and a replayed request name their seq", () => {
    render(
      <RecordedCalls
        calls={[{ name: "add", requestSeq: 5, arguments: {}, outcome: { result: { content: [] }, verdict: null, durationMs: 1 } } as never]}
        onShowEntry={() => undefined}
      />,
    );
    expect(screen.getByTestId("recorded-call").textContent).toContain("seq 5");
    expect(screen.getByText("seq 5").getAttribute("title")).toBe(SEQ_TITLE);
    cleanup();
    render(<DiffItem item={{ recordedSeq: 7, method: "tools/call", status: "same", diff: [] }} onShowEntry={() => undefined} />);
    expect(screen.getByRole("button", { name: "Show recorded request 7" }).textContent).toBe("seq 7");
  });
});
