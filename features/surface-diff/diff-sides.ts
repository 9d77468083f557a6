import type { Entry } from "../../lib/record/format";
import { parseSession, type SessionFile } from "../../lib/session/file";
import { diffSurfaces, surfaceFromRecord, surfaceFromSession, type Surface, type SurfaceDiff } from "../../lib/surface";
import { describeTarget } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";

/** One side of the page's diff: the connected server as this page's record shows it, or a session file. */
export type DiffSide = { kind: "live" } | { kind: "file"; name: string; session: SessionFile };

/**
 * Read a chosen file as a diff side, or say why it cannot be one: not a session file, another
 * format or version, or a recording that shows no server (no responses, no initialize). Checked
 * here, at the picker, so a bad file replaces nothing that was loaded.
 */
export function readSideFile(text: string, name: string): { ok: true; side: DiffSide & { kind: "file" } } | { ok: false; message: string } {
  const parsed = parseSession(text);
  if (!parsed.ok) return { ok: false, message: `${name}: ${parsed.message}` };
  const surface = surfaceFromSession(parsed.session, name);
  if (!surface.ok) return { ok: false, message: `${name}: ${surface.message}` };
  return { ok: true, side: { kind: "file", name, session: parsed.session } };
}

/** The live session as a surface: what the connected server negotiated and the listings in the record so far. */
export function liveSurface(
  state: SessionState | undefined,
  entries: readonly Entry[],
): { ok: true; surface: Surface } | { ok: false; message: string } {
  if (state?.status !== "connected" || !state.target || !state.negotiated)
    return { ok: false, message: "the live session is not connected: connect to a server first, or pick a session file for this side" };
  const got = surfaceFromRecord(entries, state.negotiated, {
    label: describeTarget(state.target),
    origin: "live",
    transport: state.target.transport,
  });
  // The record can be empty of responses only before anything was listed; say it in the live session's words.
  return got.ok ? got : { ok: false, message: "the live session has no responses yet: list what the server offers first" };
}

/** The diff of two chosen sides (old, new), or why one side gives no surface. */
export function diffSides(
  a: DiffSide | undefined,
  b: DiffSide | undefined,
  live: () => ReturnType<typeof liveSurface>,
): { ok: true; diff: SurfaceDiff } | { ok: false; side: "old" | "new"; message: string } | undefined {
  if (!a || !b) return undefined;
  const surfaces: Surface[] = [];
  for (const [which, side] of [
    ["old", a],
    ["new", b],
  ] as const) {
    const got = side.kind === "live" ? live() : surfaceFromSession(side.session, side.name);
    if (!got.ok) return { ok: false, side: which, message: got.message };
    surfaces.push(got.surface);
  }
  return { ok: true, diff: diffSurfaces(surfaces[0], surfaces[1]) };
}
