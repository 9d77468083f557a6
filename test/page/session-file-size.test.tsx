// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SessionImport } from "../../features/share/session-import";
import { SidePicker } from "../../features/surface-diff/side-picker";

afterEach(cleanup);

/** A File that says it is 300 MiB; reading its text would fail the test. */
function hugeFile(): File {
  const f = new File(["{}"], "huge.mcp-session.json", { type: "application/json" });
  Object.defineProperty(f, "size", { value: 300 * 1024 * 1024 });
  Object.defineProperty(f, "text", { value: () => Promise.reject(new Error("the page read a 300 MiB file")) });
  return f;
}

describe("a session file over 32 MiB is refused before the page reads it", () => {
  it("the Session card's picker", () => {
    const got: Array<[string, string, string | undefined]> = [];
    render(<SessionImport onFile={(t, n, refused) => got.push([t, n, refused])} />);
    fireEvent.change(screen.getByTestId("session-file-input"), { target: { files: [hugeFile()] } });
    expect(got).toEqual([["", "huge.mcp-session.json", "the file is 300 MiB; a session file is at most 32 MiB (nothing was read)"]]);
  });

  it("a side of Compare versions", () => {
    const got: Array<string | undefined> = [];
    render(<SidePicker which="old" mode="live" onMode={() => undefined} onFile={(_t, _n, refused) => got.push(refused)} />);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [hugeFile()] } });
    expect(got).toEqual(["the file is 300 MiB; a session file is at most 32 MiB (nothing was read)"]);
  });
});
