import type { Icon } from "../lib/protocol/shapes";

export type IconSource = { kind: "data"; url: string } | { kind: "remote"; url: string; host: string };

const DATA_IMAGE = /^data:image\/[\w.+-]+(;[\w=.+-]+)*(;base64)?,/i;

/** The first icon the page may show: a data: image, else an http(s) URL (to load on request). */
export function iconSource(icons: readonly Icon[] | undefined): IconSource | undefined {
  if (!Array.isArray(icons)) return undefined;
  const srcs = icons.map((i) => (typeof i?.src === "string" ? i.src.trim() : "")).filter(Boolean);
  const data = srcs.find((s) => DATA_IMAGE.test(s));
  if (data) return { kind: "data", url: data };
  for (const s of srcs) {
    try {
      const u = new URL(s);
      if (u.protocol === "https:" || u.protocol === "http:") return { kind: "remote", url: u.href, host: u.host };
    } catch {
      // not a URL: skip
    }
  }
  return undefined;
}
