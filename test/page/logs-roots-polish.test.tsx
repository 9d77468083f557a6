// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Entry } from "../../lib/record/format";
import type { Root } from "../../lib/answers/schema";
import { TimelineStore } from "../../client/timeline-store";
import { LastLogLevel, levelChangeOf } from "../../features/logs/last-log-level";
import { fileUri, rootUriOf } from "../../features/roots/root-uri";
import { RootsEditor } from "../../features/roots/roots-editor";

afterEach(cleanup);

const setLevel = (seq: number, id: number, level: string): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "client->server",
  message: { jsonrpc: "2.0", id, method: "logging/setLevel", params: { level } },
  size: 10,
});
const answer = (seq: number, id: number, reqSeq: number, error = false): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  message: error ? { jsonrpc: "2.0", id, error: { code: -32602, message: "bad level" } } : { jsonrpc: "2.0", id, result: {} },
  size: 10,
  pair: { seq: reqSeq, method: "logging/setLevel", latencyMs: 1 },
});
const lifecycle = (seq: number, event: "connecting" | "note", text: string): Entry => ({ seq, t: seq, kind: "lifecycle", event, text });

describe("the log level shown is the last one set in the record", () => {
  it("a successful logging/setLevel sets it; a refused one does not; a new connection starts over", () => {
    const frames: Array<() => void> = [];
    const store = new TimelineStore((f) => frames.push(f));
    const flush = () => frames.splice(0).forEach((f) => f());
    const last = new LastLogLevel();
    store.push([lifecycle(1, "connecting", "connecting"), setLevel(2, 1, "debug"), answer(3, 1, 2)]);
    flush();
    expect(last.update(store)).toEqual({ level: "debug", seq: 2 });
    store.push([setLevel(4, 2, "loud"), answer(5, 2, 4, true)]);
    flush();
    expect(last.update(store)).toEqual({ level: "debug", seq: 2 });
    store.push([lifecycle(6, "connecting", "connecting")]);
    flush();
    expect(last.update(store)).toBeUndefined();
    // The store started over (a new backend): read again from its first entry.
    store.reset();
    store.push([setLevel(1, 1, "error"), answer(2, 1, 1)]);
    flush();
    expect(last.update(store)).toEqual({ level: "error", seq: 1 });
  });

  it("2026-07-28: the engine's note when it answered setLevel itself", () => {
    const note = lifecycle(
      7,
      "note",
      'logging/setLevel is not on the 2026-07-28 wire: the level is sent in each request\'s _meta (io.modelcontextprotocol/logLevel) (now "warning"); nothing was sent',
    );
    expect(levelChangeOf(note, () => undefined)).toEqual({ level: "warning", seq: 7 });
    expect(levelChangeOf(lifecycle(8, "note", "ping is not on the 2026-07-28 wire: …; nothing was sent"), () => undefined)).toBeUndefined();
  });
});

describe("a root may be a path, as --root takes it", () => {
  it("URIs stay (normalized), absolute paths become file:// URIs, relative ones need a base", () => {
    expect(rootUriOf("file:///tmp/project")).toEqual({ ok: true, uri: "file:///tmp/project" });
    expect(rootUriOf(" /home/me/my project/ ")).toEqual({ ok: true, uri: "file:///home/me/my%20project" });
    expect(rootUriOf("/a/./b/../c#1?")).toEqual({ ok: true, uri: "file:///a/c%231%3F" });
    expect(rootUriOf("C:\\Users\\me")).toEqual({ ok: true, uri: "file:///C:/Users/me" });
    expect(rootUriOf("./x", "/work/dir")).toEqual({ ok: true, uri: "file:///work/dir/x" });
    expect(rootUriOf("../y", "/work/dir")).toEqual({ ok: true, uri: "file:///work/y" });
    expect(rootUriOf("./x")).toMatchObject({ ok: false, message: expect.stringMatching(/a root URI needs a scheme .*relative path/) });
    expect(rootUriOf("~/x")).toMatchObject({ ok: false });
    expect(rootUriOf("https://ex ample")).toMatchObject({ ok: false, message: expect.stringContaining("not a valid URI") });
    expect(fileUri("/")).toBe("file:///");
    expect(fileUri("/100%/a[1]")).toBe("file:///100%25/a%5B1%5D");
  });

  it("the editor makes a path a file:// URI when the field is left, and says why a relative one is refused", () => {
    const onSave = vi.fn();
    function Harness() {
      const [roots, setRoots] = useState<Root[]>([{ uri: "", name: "" }]);
      return <RootsEditor roots={roots} onChange={setRoots} dirty onSave={onSave} onRevert={() => undefined} />;
    }
    render(<Harness />);
    const uri = screen.getByRole("textbox", { name: "Root 1 URI" }) as HTMLInputElement;
    fireEvent.change(uri, { target: { value: "/tmp/e2e project" } });
    expect(screen.queryByText(/needs a scheme/)).toBeNull();
    fireEvent.blur(uri);
    expect(uri.value).toBe("file:///tmp/e2e%20project");
    fireEvent.change(uri, { target: { value: "./x" } });
    expect(screen.getByText(/a root URI needs a scheme/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save roots" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
