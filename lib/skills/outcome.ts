import type { SkillReport } from "./verify";

/** `--verify`'s exit codes, the official CLI's: 7 a violation, 8 the read bounds hit, 9 no digests under --require-digests. */
export const SKILL_EXIT = { nonconformant: 7, incomplete: 8, unverifiable: 9 } as const;

/** The exit code for a run's reports (undefined: 0). Loudest first: a broken rule, an unfinished read, then missing digests. */
export function skillsExitCode(reports: readonly SkillReport[], requireDigests: boolean): number | undefined {
  if (reports.some((r) => r.outcome === "failed")) return SKILL_EXIT.nonconformant;
  if (reports.some((r) => r.outcome === "incomplete")) return SKILL_EXIT.incomplete;
  if (requireDigests && reports.some((r) => r.outcome === "unverifiable")) return SKILL_EXIT.unverifiable;
  return undefined;
}

/** The envelope's error code for an exit code, as the official CLI names it. */
export function skillsErrorCode(exit: number): string {
  return exit === SKILL_EXIT.incomplete
    ? "skills_incomplete"
    : exit === SKILL_EXIT.unverifiable
      ? "skills_unverifiable"
      : "skills_nonconformant";
}

/** One line for stderr: how many skills and files, and what failed or was left unchecked. */
export function summarizeReports(reports: readonly SkillReport[]): string {
  const count = (o: SkillReport["outcome"]) => reports.filter((r) => r.outcome === o).length;
  const files = reports.reduce((n, r) => n + r.files.length, 0);
  const mismatched = reports.reduce((n, r) => n + r.files.filter((f) => f.status === "mismatch").length, 0);
  const of = (n: number) => `${n} of ${reports.length} skill${reports.length === 1 ? "" : "s"}`;
  const head =
    count("failed") > 0
      ? `${of(count("failed"))} failed verification (${mismatched} digest/size mismatch${mismatched === 1 ? "" : "es"} across ${files} file${files === 1 ? "" : "s"}).`
      : `${count("incomplete") || count("unverifiable") ? "Checked" : "Verified"} ${reports.length} skill${reports.length === 1 ? "" : "s"} and ${files} file${files === 1 ? "" : "s"}: no conformance errors${count("incomplete") ? " in what was read" : ""}.`;
  const incomplete = count("incomplete") ? ` ${of(count("incomplete"))} could not be fully checked: the read bounds stopped the walk.` : "";
  const dynamic = count("unverifiable")
    ? ` ${of(count("unverifiable"))} advertised no digests (resources: "dynamic"), so integrity was not checked.`
    : "";
  return head + incomplete + dynamic;
}
