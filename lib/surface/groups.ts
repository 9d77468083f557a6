import type { Area, SurfaceChange, SurfaceDiff } from "./compare";

/** A heading of the page's diff view and the changes under it, breaking first. */
export interface ChangeGroup {
  area: Area;
  title: string;
  breaking: number;
  changes: SurfaceChange[];
}

const TITLES: Record<Area, string> = {
  protocol: "Protocol version",
  capabilities: "Capabilities",
  serverInfo: "Server info",
  instructions: "Instructions",
  tool: "Tools",
  prompt: "Prompts",
  resource: "Resources",
  resourceTemplate: "Resource templates",
};

/** The order a reader scans: the negotiation, then the listings (as `diffSurfaces` sorts). */
const ORDER: Area[] = ["protocol", "capabilities", "serverInfo", "instructions", "tool", "prompt", "resource", "resourceTemplate"];

/** The changes of a diff by area, in reading order, only areas with changes; inside one, breaking first (stable otherwise). */
export function groupChanges(d: SurfaceDiff): ChangeGroup[] {
  const out: ChangeGroup[] = [];
  for (const area of ORDER) {
    const of = d.changes.filter((c) => c.area === area);
    if (!of.length) continue;
    const breaking = of.filter((c) => c.severity === "breaking");
    out.push({
      area,
      title: TITLES[area],
      breaking: breaking.length,
      changes: [...breaking, ...of.filter((c) => c.severity !== "breaking")],
    });
  }
  return out;
}
