import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommandLine } from "../../server/commands/main";
import { EVERYTHING } from "../helpers/targets";

/** `inspector test …` in-process: exit code, stdout and stderr. */
export async function inspectorTest(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommandLine(
    ["test", ...args],
    { PATH: process.env.PATH, ...env },
    { out: (s) => out.push(s), err: (s) => err.push(s) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh folder for collection files (and their snapshots). */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "collections-"));
}

export function writeCollection(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

export const EVERYTHING_TARGET = [process.execPath, EVERYTHING, "stdio"];
