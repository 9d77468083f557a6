import { randomBytes } from "node:crypto";
import { closeSync, lstatSync, readSync, rmSync } from "node:fs";
import path from "node:path";
import type { Entry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";
import { MAX_SESSION_FILE_BYTES } from "../../lib/session/file";
import { redactionMarker } from "../../lib/session/secret-digest";
import { SecretForms } from "../../lib/session/secret-forms";
import type { Target } from "../../lib/target/target";
import { VERSION } from "../paths";
import { visible } from "../../lib/text/visible";
import { createOwnFile, NotOurFile, openOwnFile, readFdBounded, writeAll } from "../own-file";
import { initializeIn, hostState } from "./host-state";
import { journalKey, journalMac, journalMacMatches } from "./journal-key";
import { writeSessionFile } from "./session-file";

/** The journal of a session file: beside it, one entry a line after a header. */
export const journalPath = (file: string) => `${file}.journal`;
const JOURNAL = "mcp-inspector-harness session journal";
const JOURNAL_VERSION = 1;
/** A line's start held back for its end at most this long (memory stays bounded): past it, written as it is. */
const MAX_CARRY_BYTES = 1024 * 1024;
/** A journal is read up to this much: a record over its memory bound may hold more than a session file. */
const MAX_JOURNAL_BYTES = 4 * MAX_SESSION_FILE_BYTES;

interface JournalHeader {
  journal: typeof JOURNAL;
  version: number;
  inspectorVersion: string;
  recordedFrom: string;
  /** The writing process: a journal whose process still runs is its live session, not left behind. */
  pid: number;
  target: Target;
  /** Random per journal; `mac` binds it to the session FILE's absolute path with the person's key (journal-key.ts). */
  nonce: string;
  mac: string;
}

/** The host's and the server's streams, as a tap's journal keeps their frames raw. */
export type RawStream = "host" | "server";
/** How many whole lines of each stream the entries written so far were recorded from. */
export type LinesRecorded = Record<RawStream, number>;

/**
 * A session kept as it happens (issue 71): each entry the record takes is appended to FILE.journal
 * at the end of the turn that recorded it (one write a turn), so a process killed at any moment
 * leaves every entry recorded before it. A tap records in the host's pauses, a tenth of a second
 * after its traffic: a host that kills it at once (Codex CLI: SIGTERM, SIGKILL 11 ms later, right
 * after its last answer) would leave its last frames out. So each frame forwarded is also appended
 * raw (`frame`, one write, just before it goes on), and each batch of entries says how many lines
 * of each stream it was recorded from: the lines past that count are the frames made whole from
 * their raw copy (recoverJournal). The session
 * file is still written whole at the end, and the journal then removed; a journal left behind is
 * made whole by recoverJournal. The person's alone (0600, as the session file); the values given
 * as secrets are replaced as they are written, in every form (SecretForms), and the session made
 * from it is redacted as every session file is.
 */
export class SessionJournal {
  readonly path: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private scheduled = false;
  private readonly forms: SecretForms;
  private readonly markers: string[];
  /** The secrets as the raw frames hold them (their UTF-8 bytes read as latin1, one char a byte). */
  private readonly rawForms: SecretForms;
  /** Per stream, the start of a line forwarded whose end has not come yet (its bytes). */
  private carry: Record<RawStream, Buffer[]> = { host: [], server: [] };
  private readonly carried: LinesRecorded = { host: 0, server: 0 };
  /** Set by a tap that journals raw frames: written with each batch of entries. */
  recorded?: () => LinesRecorded;

  constructor(
    file: string,
    target: Target,
    secrets: readonly string[],
    private readonly failed: (message: string) => void,
  ) {
    this.path = journalPath(file);
    this.forms = new SecretForms(secrets);
    this.rawForms = new SecretForms(secrets.map((v) => Buffer.from(v, "utf8").toString("latin1")));
    this.markers = secrets.map((s) => redactionMarker("a value of the host's environment", s, undefined));
    // Made new (exclusive, no-follow, 0600): a name already there is never opened (issue 88: a
    // link another account put there had the person's file overwritten; a file it made and kept
    // open let it read the live journal). A journal of ours left by a killed tap is made whole first.
    const key = journalKey();
    this.fd = openJournal(file, this.path);
    const nonce = randomBytes(16).toString("hex");
    const header: JournalHeader = {
      journal: JOURNAL,
      version: JOURNAL_VERSION,
      inspectorVersion: VERSION,
      recordedFrom: process.cwd(),
      pid: process.pid,
      target,
      nonce,
      mac: journalMac(key, file, nonce),
    };
    this.put(JSON.stringify(header) + "\n");
  }

  /** An entry the record took: written once the current turn ends (a turn records many). */
  add(entry: Entry): void {
    if (this.fd === undefined) return;
    this.pending.push(JSON.stringify(entry));
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(this.write);
  }

  /**
   * A chunk forwarding has just passed on, its whole lines appended now (the forwarding's cost: a
   * scan for its last newline, a copy, one write); the rest of a line it begins waits for the
   * chunk that ends it, so a host's value cut in two by a chunk's end is still taken out whole (a
   * frame unended is no frame yet). latin1 keeps every byte as it came (a chunk may cut a
   * character in two).
   */
  readonly frame = (stream: RawStream, chunk: Buffer): void => {
    if (this.fd === undefined) return;
    const carry = this.carry[stream];
    const last = chunk.lastIndexOf(10);
    if (last === -1 && this.carried[stream] + chunk.length <= MAX_CARRY_BYTES) {
      carry.push(chunk);
      this.carried[stream] += chunk.length;
      return;
    }
    const end = last === -1 ? chunk.length : last + 1;
    const whole = carry.length ? Buffer.concat([...carry, chunk.subarray(0, end)]) : chunk.subarray(0, end);
    this.carry[stream] = end < chunk.length ? [chunk.subarray(end)] : [];
    this.carried[stream] = chunk.length - end;
    const line = `{"frame":"${stream}","t":${Date.now()},"b":${JSON.stringify(whole.toString("latin1"))}}\n`;
    this.put(this.rawForms.replace(line, (i) => this.markers[i]).text);
  };

  /** What is pending, written now. */
  readonly write = (): void => {
    this.scheduled = false;
    if (!this.pending.length) return;
    if (this.recorded) this.pending.push(JSON.stringify({ recorded: this.recorded() }));
    const text = this.pending.join("\n") + "\n";
    this.pending = [];
    this.put(this.forms.replace(text, (i) => this.markers[i]).text);
  };

  /** The session file was written whole: the journal is no longer needed. */
  done(): void {
    this.close();
    rmSync(this.path, { force: true });
  }

  /** Stop writing; the journal stays (the session file could not be written: the journal is the recording). */
  close(): void {
    this.write();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private put(text: string): void {
    if (this.fd === undefined) return;
    try {
      writeAll(this.fd, text);
    } catch (e) {
      closeSync(this.fd);
      this.fd = undefined;
      this.failed(`the session's journal ${this.path} stopped: ${(e as Error).message}`);
    }
  }
}

/** The journal beside a session file is not the person's own, or not made for that file: it is left alone, and this says why. */
export class JournalRefused extends Error {}

/** A new journal at `journal`; one of ours a killed tap left there is made whole into `file` first. */
function openJournal(file: string, journal: string): number {
  try {
    return createOwnFile(journal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  if (recoverJournal(file) === undefined) throw new Error(`${visible(journal)} is being written by a tap that still runs`);
  return createOwnFile(journal);
}

/**
 * A journal left beside `file` (its process was killed before it wrote the session) made whole:
 * the session file written from it (a cut last line left out), the journal removed. Returns how
 * many entries it held, or undefined when there was none (or its tap still runs: the session is
 * live, and the file holds its last save). Read only when it is the person's own (no link, their
 * uid, writable by no one else) and made by this inspector for this very FILE (its header's MAC,
 * journal-key.ts): otherwise JournalRefused, and the journal is left as it is. Throws when it
 * cannot be read.
 */
export function recoverJournal(file: string): number | undefined {
  const journal = journalPath(file);
  try {
    lstatSync(journal);
  } catch {
    return undefined;
  }
  let fd: number;
  try {
    fd = openOwnFile(journal);
  } catch (e) {
    if (e instanceof NotOurFile) throw new JournalRefused(`${e.message}; the session is not made from it`);
    throw e;
  }
  const lines = readFdBounded(fd, MAX_JOURNAL_BYTES, `${visible(journal)} is larger than the most a session journal may be`).split("\n");
  let header: JournalHeader;
  try {
    header = JSON.parse(lines[0]) as JournalHeader;
  } catch {
    throw new JournalRefused(`${visible(journal)} does not start as a session journal: the session is not made from it`);
  }
  if (header.journal !== JOURNAL || header.version !== JOURNAL_VERSION)
    throw new JournalRefused(`${visible(journal)} is no session journal this version reads`);
  if (!journalMacMatches(journalKey(), file, header.nonce, header.mac))
    throw new JournalRefused(
      `${visible(journal)} was not made by this inspector for ${visible(path.basename(file))} (its key does not match): the session is not made from it`,
    );
  if (header.pid !== process.pid && alive(header.pid)) return undefined;
  const entries: Entry[] = [];
  const frames: RawFrame[] = [];
  let recorded: LinesRecorded = { host: 0, server: 0 };
  for (const line of lines.slice(1)) {
    if (!line) continue;
    let value: JournalLine;
    try {
      value = JSON.parse(line) as JournalLine;
    } catch {
      break;
    }
    if ("frame" in value) frames.push(value);
    else if ("recorded" in value) recorded = value.recorded;
    else entries.push(value);
  }
  entries.push(...unrecordedFrames(frames, recorded, entries));
  const { params, result } = initializeIn(entries);
  writeSessionFile(
    file,
    { target: header.target, state: hostState(params, result, header.target), entries },
    { mode: 0o600, recordedFrom: header.recordedFrom },
  );
  rmSync(journal, { force: true });
  return entries.length;
}

/**
 * What is at FILE.journal: nothing, a journal of a tap that still runs (`live`), one left by a tap
 * that is gone (`left`: the next read makes it whole), or a name this process may not use
 * (`taken`: a link, another's file, something not a journal of ours).
 */
export function journalState(file: string): "none" | "live" | "left" | "taken" {
  const journal = journalPath(file);
  try {
    lstatSync(journal);
  } catch {
    return "none";
  }
  try {
    const fd = openOwnFile(journal);
    const head = Buffer.alloc(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const header = JSON.parse(head.subarray(0, n).toString("utf8").split("\n")[0]) as JournalHeader;
    if (header.journal !== JOURNAL || !journalMacMatches(journalKey(), file, header.nonce, header.mac)) return "taken";
    return header.pid !== process.pid && alive(header.pid) ? "live" : "left";
  } catch {
    return "taken";
  }
}

/** A raw frame line of the journal. */
interface RawFrame {
  frame: RawStream;
  t: number;
  b: string;
}
type JournalLine = Entry | RawFrame | { recorded: LinesRecorded };

/**
 * The whole lines of the raw frames past those the entries were recorded from, as message
 * entries after them (numbered on, an answer paired with its request): the frames a killed tap
 * forwarded but had not recorded yet.
 */
function unrecordedFrames(frames: readonly RawFrame[], recorded: LinesRecorded, entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let seq = entries.reduce((n, e) => Math.max(n, e.seq), 0);
  const open = new Map<string, { seq: number; method: string; t: number }>();
  const key = (dir: string, id: unknown) => `${dir} ${JSON.stringify(id)}`;
  const add = (e: Entry) => {
    if (e.kind !== "message") return;
    const m = asRecord(e.message);
    if (typeof m.method === "string" && m.id !== undefined) open.set(key(e.dir, m.id), { seq: e.seq, method: m.method, t: e.t });
    else if (m.method === undefined) open.delete(key(e.dir === "client->server" ? "server->client" : "client->server", m.id));
  };
  entries.forEach(add);
  const seen: LinesRecorded = { host: 0, server: 0 };
  const partial: Record<RawStream, Buffer[]> = { host: [], server: [] };
  for (const f of frames) {
    const bytes = Buffer.from(f.b, "latin1");
    let start = 0;
    for (let nl = bytes.indexOf(10); nl !== -1; start = nl + 1, nl = bytes.indexOf(10, start)) {
      const line = Buffer.concat([...partial[f.frame], bytes.subarray(start, nl)]);
      partial[f.frame] = [];
      if (++seen[f.frame] <= recorded[f.frame]) continue;
      const text = line.toString("utf8").replace(/\r$/, "");
      let message: unknown;
      try {
        message = JSON.parse(text);
      } catch {
        continue;
      }
      const dir = f.frame === "host" ? "client->server" : "server->client";
      const entry = { seq: ++seq, t: f.t, kind: "message", dir, message, size: line.length } as Extract<Entry, { kind: "message" }>;
      if (JSON.stringify(message) !== text) entry.raw = text;
      const m = asRecord(message);
      const request =
        m.method === undefined && m.id !== undefined && open.get(key(dir === "client->server" ? "server->client" : "client->server", m.id));
      if (request) entry.pair = { seq: request.seq, method: request.method, latencyMs: Math.max(0, f.t - request.t) };
      add(entry);
      out.push(entry);
    }
    if (start < bytes.length) partial[f.frame].push(bytes.subarray(start));
  }
  return out;
}

/** True while a process of that id runs (a tap still writing its journal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
