import * as z from "zod";
import { FindingSchema, type Finding } from "../../lib/lint/finding";
import { parseSession, type SessionFile } from "../../lib/session/file";
import { FINDINGS_DATA_ID, SESSION_DATA_ID } from "../../lib/session/page-template";
import { sessionTextOfLink } from "../../lib/session/share-link";
import { verdictsOf, type ShownVerdict } from "./verdicts";

/** What the viewer shows, and where it came from. */
export interface Recording {
  session: SessionFile;
  verdicts: ShownVerdict[];
  /** The lint's findings as the page file was written with them; undefined for a link (none travel in it). */
  findings?: Finding[];
  /** `page`: a page file with its session inside; `link`: the static viewer opened with `#session=…`. */
  from: "page" | "link";
  /** What `--open` takes to reproduce it: the page file's name, or the link. */
  openArg: string;
}

export type ReadResult = { ok: true; recording: Recording } | { ok: false; message: string } | { ok: "empty" };

/** The session in this document's data block, else in the address's fragment, else nothing (the bare static viewer). */
export async function readRecording(doc: Document, href: string): Promise<ReadResult> {
  const embedded = doc.getElementById(SESSION_DATA_ID)?.textContent ?? "";
  if (embedded.trim()) {
    const findings = readFindings(doc.getElementById(FINDINGS_DATA_ID)?.textContent ?? "");
    const name = decodeURIComponent(new URL(href).pathname.split("/").pop() || "recording.mcp-session.html");
    return fromText(embedded, { from: "page", openArg: name, findings });
  }
  if (!new URL(href).hash.startsWith("#session=")) return { ok: "empty" };
  const link = await sessionTextOfLink(href);
  return link.ok ? fromText(link.text, { from: "link", openArg: href }) : link;
}

function fromText(text: string, rest: Omit<Recording, "session" | "verdicts">): ReadResult {
  const parsed = parseSession(text);
  if (!parsed.ok) return parsed;
  // The raw JSON too: fields this viewer's schema does not keep (verdicts) are read from it.
  return { ok: true, recording: { session: parsed.session, verdicts: verdictsOf(JSON.parse(text)), ...rest } };
}

function readFindings(text: string): Finding[] | undefined {
  try {
    const r = z.array(FindingSchema).safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}
