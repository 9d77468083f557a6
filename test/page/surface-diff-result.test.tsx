// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { diffSurfaces, surfaceFromListings, type SurfaceItem } from "../../lib/surface";
import { SurfaceDiffResult } from "../../features/surface-diff/surface-diff-result";

afterEach(cleanup);

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;

function surface(label: string, tools: SurfaceItem[]) {
  return surfaceFromListings(
    { label, origin: "session", transport: "stdio" },
    { serverCapabilities: { tools: {} }, serverInfo: { name: HOSTILE, version: "1" }, protocolVersion: "2025-11-25" },
    { tools: { items: tools } },
  );
}

describe("the diff result", () => {
  it("shows server-supplied names, descriptions and schemas as text, never as markup", () => {
    const a = surface("old.json", [
      { name: HOSTILE, description: "x", inputSchema: { type: "object" } },
      { name: "kept", inputSchema: { type: "object", properties: { q: { type: "string", description: HOSTILE } } } },
    ]);
    const b = surface("new.json", [
      { name: "kept", inputSchema: { type: "object", properties: { q: { type: "number", description: HOSTILE } } } },
    ]);
    const { container } = render(<SurfaceDiffResult diff={diffSurfaces(a, b)} />);
    expect(container.querySelector("img, script")).toBeNull();
    const tools = within(screen.getByTestId("diff-group-tool"));
    expect(tools.getByText(`tool ${HOSTILE}: removed`, { exact: false })).toBeTruthy();
    expect(screen.getByTestId("diff-old").textContent).toContain(HOSTILE);
    expect(screen.getByTestId("diff-summary").textContent).toBe("2 breaking, 0 compatible");
  });

  it("says no differences, and how much was compared, when the two are the same", () => {
    const a = surface("a.json", [{ name: "t", inputSchema: { type: "object" } }]);
    render(<SurfaceDiffResult diff={diffSurfaces(a, { ...a, label: "b.json" })} />);
    expect(screen.getByTestId("diff-summary").textContent).toBe("no differences");
    expect(screen.getByText(/5 things compared/)).toBeTruthy();
    expect(screen.queryAllByTestId("diff-change")).toHaveLength(0);
  });
});
