import { visible } from "../../../lib/text/visible";
import type { Io } from "../command";
import { mapAtMost } from "../shared/map-at-most";
import { runReplay, type ReplayOptions } from "./run";

/** Recordings replayed at once: each may start its server, and a hung one holds its replay for the request limit. */
const AT_ONCE = 4;

interface Replayed {
  out: string[];
  err: string[];
  code: number;
}

const VERDICT: Record<number, string> = { 0: "same   ", 1: "CHANGED" };

/**
 * `replay A B …`: each recording replayed against its own recorded target, as `replay A` alone
 * does, a few at a time in one start of the inspector (a CI job over a project's recordings).
 * Each report in the order given under a `== FILE` line, each one's stderr lines prefixed
 * `FILE: `, then a verdict line each; the exit code is the worst (2 over 1 over 0).
 */
export async function replayEachFile(
  files: readonly string[],
  o: Omit<ReplayOptions, "sessionFile">,
  env: NodeJS.ProcessEnv,
  io: Io,
): Promise<number> {
  const done = await mapAtMost(files, AT_ONCE, (f) => replayOne(f, o, env));
  files.forEach((f, i) => {
    io.out(`== ${visible(f)}`);
    done[i].out.forEach((l) => io.out(l));
    io.out("");
  });
  for (const d of done) d.err.forEach((l) => io.err(l));
  io.out(`${files.length} recordings replayed`);
  files.forEach((f, i) => io.out(`${VERDICT[done[i].code] ?? "ERROR  "} ${visible(f)}: exit ${done[i].code}`));
  return Math.max(0, ...done.map((d) => d.code));
}

async function replayOne(file: string, o: Omit<ReplayOptions, "sessionFile">, env: NodeJS.ProcessEnv): Promise<Replayed> {
  const out: string[] = [];
  const err: string[] = [];
  const name = visible(file);
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(...t.split("\n").map((l) => `${name}: ${l}`)) };
  try {
    return { out, err, code: await runReplay({ ...o, sessionFile: file }, env, io) };
  } catch (e) {
    // An error is not a changed response: 2, as `replay` of one file says it.
    io.err(`inspector: replay failed: ${(e as Error).message}`);
    return { out, err, code: 2 };
  }
}
