import { inertJson } from "../../lib/text/visible";
import { Fragment } from "react";
import type { SkillFrontmatter as Frontmatter } from "../../lib/skills/schema";
import { shownName, shownProse } from "../../components/shown-text";

/** The listing's frontmatter, field by field: strings as text, anything else as JSON. */
export function SkillFrontmatter({ frontmatter }: { frontmatter: Frontmatter }) {
  const fields = Object.entries(frontmatter);
  return (
    <section aria-label="Frontmatter">
      <h4>Frontmatter</h4>
      <dl className="facts" data-testid="skill-frontmatter">
        {fields.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{shownName(k)}</dt>
            <dd>{typeof v === "string" ? shownProse(v) : <code>{inertJson(JSON.stringify(v) ?? "")}</code>}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
