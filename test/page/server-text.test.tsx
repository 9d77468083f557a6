// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { shownName, shownProse } from "../../components/shown-text";
import { ServerText } from "../../components/server-text";
import { shownSchema } from "../../components/schema-form/shown-schema";
import { AppHeader } from "../../features/shell/app-header";
import { ToolListItem } from "../../features/tools/tool-list-item";
import { TimelineRow } from "../../features/timeline/timeline-row";
import { TrustNote } from "../../features/requests/trust-note";
import { LongText } from "../../components/long-text";
import { JsonPreview } from "../../components/json-preview";
import { IDLE_STATE, type SessionState } from "../../lib/session/state";

afterEach(cleanup);

// Issue 52 item 7: a server's text drawn raw in the live page reordered the page's own words.
const RLO = "\u202e";
/** Characters that reorder or hide text, or drive a terminal. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;

describe("shownName and shownProse", () => {
  it("a name: every control, bidi and zero-width character is a visible escape", () => {
    expect(shownName(`report${RLO}txt.exe`)).toBe("report\\u{202E}txt.exe");
    expect(shownName("a\u2066b\u200bc\u0007d\ne")).toBe("a\\u{2066}b\\u{200B}c\\u{0007}d\\ne");
    expect(shownName("plain-name_1")).toBe("plain-name_1");
  });

  it("prose keeps its lines, tabs, emoji joiners and no-break spaces, and escapes the rest", () => {
    const family = "👨\u200d👩\u200d👧";
    expect(shownProse(`line one\n\tline two ${family} «\u00a0ok\u00a0»`)).toBe(`line one\n\tline two ${family} «\u00a0ok\u00a0»`);
    expect(shownProse(`saved ${RLO}txt.exe\u0000 \u2067x\u2069 tag\u{E0041}`)).toBe(
      "saved \\u{202E}txt.exe\\u{0000} \\u{2067}x\\u{2069} tag\\u{E0041}",
    );
    expect(RAW.test(shownProse(`a${RLO}\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2068\u0085\u009b`))).toBe(false);
  });

  it("ServerText isolates what it draws (bdi) and escapes it", () => {
    const { container } = render(<ServerText text={`x${RLO}`} />);
    const bdi = container.querySelector("bdi")!;
    expect(bdi.textContent).toBe("x\\u{202E}");
  });
});

const connected = (name: string): SessionState => ({
  ...IDLE_STATE,
  status: "connected",
  generation: 1,
  negotiated: {
    era: "legacy",
    requestedProtocolVersion: "2025-11-25",
    protocolVersion: "2025-11-25",
    serverInfo: { name, version: `1.0${RLO}` },
    serverCapabilities: {},
    clientCapabilities: {},
  },
});

describe("the live page draws a server's text escaped", () => {
  it("the header: a name ending in RLO leaves 'protocol 2025-11-25' as written", () => {
    render(<AppHeader state={connected(`bidi-server${RLO}`)} socket={{ socket: "open" }} />);
    const header = screen.getByTestId("header-server");
    expect(header.textContent).not.toMatch(RAW);
    expect(header.textContent).toContain("bidi-server\\u{202E}");
    expect(header.textContent).toContain("protocol 2025-11-25");
    // The name is isolated from the page's own words.
    expect(header.querySelector("bdi")?.textContent).toBe("bidi-server\\u{202E}");
  });

  it("a tool named with RLO in the list: its name, title attribute and description", () => {
    const { container } = render(
      <ToolListItem
        tool={{ name: `report${RLO}txt.exe`, description: `opens ${RLO}txt.exe`, inputSchema: { type: "object" } }}
        selected={false}
        onSelect={() => undefined}
      />,
    );
    expect(container.textContent).not.toMatch(RAW);
    expect(container.textContent).toContain("report\\u{202E}txt.exe");
    for (const el of container.querySelectorAll("[title]")) expect(el.getAttribute("title")).not.toMatch(RAW);
  });

  it("a timeline row: a stderr line is a log row (no '!'), escaped", () => {
    const { container } = render(
      <TimelineRow
        entry={{ seq: 4, t: 0, kind: "stderr", text: `Starting ${RLO}txt.exe\u001b[31m` }}
        top={0}
        selected={false}
        onSelect={() => undefined}
      />,
    );
    const row = container.querySelector("[data-testid=timeline-row]")!;
    expect(row.className).toContain("tl-stderr");
    expect(row.className).not.toContain("tl-alarm");
    expect(row.querySelector(".tl-dir")!.textContent).not.toContain("!");
    expect(row.textContent).not.toMatch(RAW);
    expect(row.textContent).toContain("Starting \\u{202E}txt.exe\\u{001B}[31m");
  });

  it("non-JSON stdout keeps its warning look", () => {
    const { container } = render(
      <TimelineRow
        entry={{ seq: 5, t: 0, kind: "stdout-noise", text: "oops", size: 4 } as never}
        top={0}
        selected={false}
        onSelect={() => undefined}
      />,
    );
    const row = container.querySelector("[data-testid=timeline-row]")!;
    expect(row.className).toContain("tl-alarm");
    expect(row.querySelector(".tl-dir")!.textContent).toContain("!");
  });

  it("the elicitation's trust note names the server, escaped and isolated", () => {
    render(<TrustNote serverName={`evil${RLO}`} what="your input" />);
    const note = screen.getByTestId("trust-note");
    expect(note.textContent).toBe("evil\\u{202E} asks for your input. Only answer if you trust this server: what you send goes to it.");
    expect(note.querySelector("bdi")).not.toBeNull();
  });

  it("a result's text and JSON: the data the same, no raw character drawn", () => {
    const { container } = render(
      <>
        <LongText text={`saved ${RLO}txt.exe\nline two`} fileName="x.txt" />
        <JsonPreview value={{ file: `${RLO}txt.exe` }} fileName="x.json" />
      </>,
    );
    expect(container.textContent).not.toMatch(RAW);
    const [text, json] = container.querySelectorAll("pre");
    expect(text.textContent).toBe("saved \\u{202E}txt.exe\nline two");
    expect(JSON.parse(json.textContent!)).toEqual({ file: `${RLO}txt.exe` });
  });
});

describe("shownSchema", () => {
  it("escapes titles and descriptions, titles a hostile property name, keeps keys and data", () => {
    const schema = {
      type: "object",
      required: [`file${RLO}`],
      properties: {
        [`file${RLO}`]: { type: "string", description: `where ${RLO}x goes`, default: `d${RLO}`, enum: [`a${RLO}`, "b"] },
        plain: { type: "string", title: `T${RLO}` },
      },
    };
    const shown = shownSchema(schema) as typeof schema & { properties: Record<string, Record<string, unknown>> };
    expect(Object.keys(shown.properties)).toEqual([`file${RLO}`, "plain"]);
    expect(shown.properties[`file${RLO}`]).toEqual({
      type: "string",
      title: "file\\u{202E}",
      description: "where \\u{202E}x goes",
      default: `d${RLO}`,
      enum: [`a${RLO}`, "b"],
    });
    expect(shown.properties.plain.title).toBe("T\\u{202E}");
    expect(shown.required).toEqual([`file${RLO}`]);
  });
});
