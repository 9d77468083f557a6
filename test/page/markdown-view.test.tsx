// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownView } from "../../components/markdown-view";
import { ResourceContentsView } from "../../features/resources/resource-contents-view";

afterEach(cleanup);

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describe("MarkdownView", () => {
  it("renders markdown as elements; raw HTML stays text", () => {
    render(
      <MarkdownView
        testId="md"
        text={"# Title\n\nSome *text* and `code`.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n- one\n- two"}
      />,
    );
    const md = screen.getByTestId("md");
    expect(within(md).getByRole("heading", { level: 1 }).textContent).toBe("Title");
    expect(md.querySelector("em")?.textContent).toBe("text");
    expect(within(md).getAllByRole("listitem")).toHaveLength(2);
    expect(md.querySelector("script")).toBeNull();
    expect(md.querySelector("img")).toBeNull();
    expect(md.querySelector("[onerror]")).toBeNull();
  });

  it("follows only http(s) links, in a new tab without opener; loads only inline images", () => {
    render(
      <MarkdownView
        testId="md"
        text={`[web](https://example.com/a) [js](javascript:alert(1)) [rel](./other.md)\n\n![remote](https://example.com/x.png) ![inline](data:image/png;base64,${PNG})`}
      />,
    );
    const md = screen.getByTestId("md");
    const links = md.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute("href")).toBe("https://example.com/a");
    expect(links[0].getAttribute("rel")).toBe("noopener noreferrer");
    expect(links[0].getAttribute("target")).toBe("_blank");
    expect(md.innerHTML).not.toContain("javascript:");
    const imgs = md.querySelectorAll("img");
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute("src")).toBe(`data:image/png;base64,${PNG}`);
    expect(md.textContent).toContain("[image: remote, not loaded]");
  });

  it("heading ids cannot take one of the page's ids", () => {
    render(<MarkdownView testId="md" text={"## tool title"} />);
    const id = within(screen.getByTestId("md")).getByRole("heading").id;
    expect(id === "" || id.startsWith("md-")).toBe(true);
  });
});

describe("ResourceContentsView", () => {
  it("text/markdown is rendered, with its source a click away", () => {
    // The source is shown in the code editor, which follows the colour scheme.
    window.matchMedia ??= ((q: string) => ({
      matches: false,
      media: q,
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia;
    render(<ResourceContentsView contents={[{ uri: "demo://doc.md", mimeType: "text/markdown", text: "# Doc\n\nbody" }]} />);
    expect(within(screen.getByTestId("resource-markdown")).getByRole("heading").textContent).toBe("Doc");
    fireEvent.click(screen.getByRole("button", { name: "Source" }));
    expect(screen.queryByTestId("resource-markdown")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Rendered" }));
    expect(screen.getByTestId("resource-markdown")).toBeTruthy();
  });

  it("an image or audio blob is media, not hex", () => {
    render(
      <ResourceContentsView
        contents={[
          { uri: "demo://logo.png", mimeType: "image/png", blob: PNG },
          { uri: "demo://sound.wav", mimeType: "audio/wav", blob: "UklGRiQAAABXQVZF" },
        ]}
      />,
    );
    const list = screen.getByTestId("resource-contents");
    expect(list.querySelector("img")?.getAttribute("src")).toBe(`data:image/png;base64,${PNG}`);
    expect(list.querySelector("audio")?.getAttribute("src")).toMatch(/^data:audio\/wav;base64,/);
    expect(screen.queryByTestId("blob-preview")).toBeNull();
  });
});
