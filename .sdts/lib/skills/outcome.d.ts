import type { SkillReport } from "./verify";
/** `--verify`'s exit codes, the official CLI's: 7 a violation, 8 the read bounds hit, 9 no digests under --require-digests. */
export declare const SKILL_EXIT: {
    readonly nonconformant: 7;
    readonly incomplete: 8;
    readonly unverifiable: 9;
};
/** The exit code for a run's reports (undefined: 0). Loudest first: a broken rule, an unfinished read, then missing digests. */
export declare function skillsExitCode(reports: readonly SkillReport[], requireDigests: boolean): number | undefined;
/** The envelope's error code for an exit code, as the official CLI names it. */
export declare function skillsErrorCode(exit: number): string;
/** One line for stderr: how many skills and files, and what failed or was left unchecked. */
export declare function summarizeReports(reports: readonly SkillReport[]): string;
