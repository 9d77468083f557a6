import { appendFileSync } from "node:fs";
import { visible } from "../../../lib/text/visible";
import { readFailure } from "../usage-error";

/** At most this much Markdown per run: GitHub takes 1 MiB a step, and a summary is read, not searched. */
export const MAX_SUMMARY_CHARS = 64 * 1024;

/**
 * Append a run's Markdown to the GitHub Actions job summary (`$GITHUB_STEP_SUMMARY`, a file the
 * runner made for this step). A summary that cannot be written says so on stderr: the run's exit
 * code is the run's.
 */
export function appendStepSummary(file: string, markdown: string, err: (line: string) => void): void {
  const text =
    markdown.length <= MAX_SUMMARY_CHARS ? markdown : `${markdown.slice(0, MAX_SUMMARY_CHARS)}\n\n… (the summary was cut here)\n`;
  try {
    appendFileSync(file, text.endsWith("\n") ? `${text}\n` : `${text}\n\n`);
  } catch (e) {
    err(`inspector: cannot write the job summary to ${visible(file)}: ${readFailure(e)}`);
  }
}
