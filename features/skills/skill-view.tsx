import { MarkdownView } from "../../components/markdown-view";
import type { SkillEntry } from "../../lib/skills/schema";
import type { SkillDetail } from "./skills-queries";
import { SkillFiles } from "./skill-files";
import { SkillFrontmatter } from "./skill-frontmatter";
import { shownName } from "../../components/shown-text";

export interface SkillViewProps {
  skill: SkillEntry;
  detail?: SkillDetail;
  verifying: boolean;
  error?: string;
  onVerify(): void;
}

const OUTCOME_TEXT = {
  verified: "Verified: every file has its advertised size and SHA-256, and SKILL.md's frontmatter is the listing's",
  failed: "Failed verification",
  incomplete: "Not fully checked: the read bounds stopped it",
  unverifiable: 'No digests advertised (resources: "dynamic"): nothing to verify',
} as const;

/** One skill: its verdict, its frontmatter, its SKILL.md rendered, its files each with a verdict. */
export function SkillView({ skill, detail, verifying, error, onVerify }: SkillViewProps) {
  const report = detail?.report;
  const issues = report ? [...report.conformance, ...report.frontmatter] : [];
  return (
    <article className="tool-runner skill-view" aria-label={`Skill ${shownName(skill.frontmatter.name ?? skill.uri)}`}>
      <h3>{shownName(skill.frontmatter.name?.trim() || skill.uri)}</h3>
      <p className="small">
        <span className="muted">URI </span>
        <code>{shownName(skill.uri)}</code>
      </p>
      <div className="form-actions">
        <button type="button" className="btn-small" onClick={onVerify} disabled={verifying}>
          {verifying ? "Verifying…" : "Verify again"}
        </button>
      </div>
      {error && (
        <div className="error-box" role="alert">
          {error}
        </div>
      )}
      {report && (
        <p className={`skill-outcome skill-outcome-${report.outcome}`} data-testid="skill-outcome" role="status">
          {OUTCOME_TEXT[report.outcome]}
          {report.incomplete ? `: ${shownName(report.incomplete)}` : ""}
        </p>
      )}
      {issues.length > 0 && (
        <ul className="skill-issues" aria-label="Problems">
          {issues.map((i, n) => (
            <li key={n} className={`finding-${i.severity}`}>
              <code>{i.code}</code> {i.resourceUri && i.resourceUri !== skill.uri ? `${shownName(i.resourceUri)}: ` : ""}
              {shownName(i.message)}
            </li>
          ))}
        </ul>
      )}
      <SkillFrontmatter frontmatter={skill.frontmatter} />
      {detail?.body !== undefined && (
        <section aria-label="SKILL.md">
          <h4>SKILL.md</h4>
          <MarkdownView text={detail.body} testId="skill-markdown" />
        </section>
      )}
      <SkillFiles manifest={skill.resources} verdicts={report?.files ?? []} />
    </article>
  );
}
