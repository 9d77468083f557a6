import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Entry, MessageEntry } from "../../lib/record/format";
import { FIXTURES } from "./targets";

/** A stdio target running one of the fixture servers in test/fixtures. */
export function fixture(name: string, args: string[] = [], env: Record<string, string> = {}) {
  return { transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, `${name}.mjs`), ...args], env };
}

/** A fresh file for a fixture's WIRE_LOG (every stdout line it writes, byte for byte). */
export function wireLogFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "wire-log-")), "stdout.bin");
}

/** The lines of a WIRE_LOG file as raw bytes, without their newlines. */
export function wireLines(file: string): Buffer[] {
  const all = readFileSync(file);
  const lines: Buffer[] = [];
  let start = 0;
  for (let nl = all.indexOf(10, start); nl !== -1; nl = all.indexOf(10, start)) {
    lines.push(all.subarray(start, nl));
    start = nl + 1;
  }
  return lines;
}

/** Entries that came from the target's stdout (messages it sent, and noise), in record order. */
export function fromStdout(entries: Entry[]): Entry[] {
  return entries.filter((e) => (e.kind === "message" && e.dir === "server->client") || e.kind === "stdout-noise");
}

export const methodOf = (e: Entry) => (e.kind === "message" ? (e.message as { method?: string }).method : undefined);
export const isMessage = (e: Entry): e is MessageEntry => e.kind === "message";

/** seqs are 1, 2, 3, … with no gap and no repeat. */
export function expectContiguous(entries: Entry[], from = 1): boolean {
  return entries.every((e, i) => e.seq === from + i);
}
