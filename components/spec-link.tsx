/**
 * A pointer into the specification. A plain link: nothing is fetched until it is clicked, and
 * the spec site learns neither this page nor its address.
 */
export function SpecLink({ href }: { href: string }) {
  return (
    <a className="spec-link small" href={href} target="_blank" rel="noopener noreferrer">
      spec
      <span className="sr-only"> (opens the specification in a new tab)</span>
    </a>
  );
}
