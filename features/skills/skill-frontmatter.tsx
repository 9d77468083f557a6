import { Fragment } from "react";
import type { SkillFrontmatter as Frontmatter } from "../../lib/skills/schema";

/** The listing's frontmatter, field by field: strings as text, anything else as JSON. */
export function SkillFrontmatter({ frontmatter }: { frontmatter: Frontmatter }) {
  const fields = Object.entries(frontmatter);
  return (
    <section aria-label="Frontmatter">
      <h4>Frontmatter</h4>
      <dl className="facts" data-testid="skill-frontmatter">
        {fields.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{typeof v === "string" ? v : <code>{JSON.stringify(v)}</code>}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
