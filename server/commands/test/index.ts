import { existsSync, statSync } from "node:fs";
import type { Command } from "../command";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { SAVE_SESSION_FLAGS, validateSaveSession } from "../shared/save-session";
import {
  ANSWER_FLAGS,
  AUTH_FLAGS,
  emptyAnswers,
  emptyTarget,
  placeTarget,
  validateHeadlessAnswers,
  validateTarget,
} from "../shared/target-flags";
import { withEarlyTarget } from "../shared/early-target";
import { TEST_FLAGS, TEST_TARGET_FLAGS, type TestArgs } from "./flags";

/** A word names a collection (not the target's command) when it is a folder or a .yaml/.yml/.json file. */
function isCollectionPath(word: string): boolean {
  if (/\.(ya?ml|json)$/i.test(word)) return true;
  return existsSync(word) && statSync(word).isDirectory();
}

/** `inspector test [FILES|DIRS…] [TARGET]`: run collections of steps with expectations (docs/collections.md). */
export const testCommand: Command<TestArgs> = {
  name: "test",
  usage:
    "Usage: inspector test [FILES|DIRS…] [TARGET] [--format text|junit|json|tap] [--output FILE] [--grep P] [--bail] [--update-snapshots] [--model provider:id]…\n       inspector test --from-session FILE [OUT.mcp-tests.yaml]\nRuns collections (*.mcp-tests.yaml; default the folder mcp-tests/) against the target, or the one each file names.",
  summary: "run collections of saved calls with expectations: text, JUnit, JSON or TAP",
  groups: [
    TEST_FLAGS,
    SAVE_SESSION_FLAGS,
    TEST_TARGET_FLAGS,
    AUTH_FLAGS,
    ANSWER_FLAGS,
    COMMON_FLAGS,
  ] as unknown as Command<TestArgs>["groups"],
  usageExit: 2,
  takesTarget: true,
  empty: () => ({
    ...emptyTarget(),
    ...emptyAnswers(),
    paths: [],
    format: "text",
    bail: false,
    updateSnapshots: false,
    failOn: "breaking",
    eraBoth: false,
    help: false,
    version: false,
  }),
  operands: (a, words) => {
    let i = 0;
    while (i < words.length && isCollectionPath(words[i])) a.paths.push(words[i++]);
    placeTarget(a, words.slice(i), true);
  },
  validate: (a) => {
    validateTarget(a);
    validateHeadlessAnswers(a);
    validateSaveSession(a);
    if (a.fromSession && a.paths.length > 1) throw new UsageError("--from-session writes one collection: give at most one output file");
    if (a.eraBoth && a.fromSession) throw new UsageError("--protocol-era both runs collections; --from-session only writes one");
  },
  // A stdio target on the command line starts first, so its start-up overlaps the load of the
  // runner (the engine, the SDK, YAML); a malformed collection kills it before any step runs.
  run: (a, ctx) => withEarlyTarget(a, ctx.env, !!a.fromSession, async (early) => (await import("./run")).runTestCommand(a, ctx, early)),
  helpFooter: [
    "Exit codes",
    "  0 every step passed, 1 a step failed, 2 usage or a malformed collection (nothing run), 4 could not connect",
    "",
  ],
};

export type { TestArgs } from "./flags";
