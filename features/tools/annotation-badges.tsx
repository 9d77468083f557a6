import type { ToolAnnotations } from "../../lib/protocol/shapes";

/** Tool annotation hints as badges. They are hints from the server, not guarantees. */
export function AnnotationBadges({ annotations: a }: { annotations?: ToolAnnotations }) {
  if (!a) return null;
  const badges: { text: string; cls: string; title: string }[] = [];
  if (a.readOnlyHint === true) badges.push({ text: "read-only", cls: "badge-ok", title: "readOnlyHint: does not modify its environment" });
  if (a.destructiveHint === true && a.readOnlyHint !== true)
    badges.push({ text: "destructive", cls: "badge-danger", title: "destructiveHint: may perform destructive updates" });
  if (a.destructiveHint === false) badges.push({ text: "non-destructive", cls: "", title: "destructiveHint: false" });
  if (a.idempotentHint === true)
    badges.push({ text: "idempotent", cls: "", title: "idempotentHint: repeated calls have no additional effect" });
  if (a.openWorldHint === true)
    badges.push({ text: "open world", cls: "badge-warn", title: "openWorldHint: interacts with external entities" });
  if (a.openWorldHint === false) badges.push({ text: "closed world", cls: "", title: "openWorldHint: false" });
  if (!badges.length) return null;
  return (
    <span className="badges" aria-label="annotations">
      {badges.map((b) => (
        <span key={b.text} className={`badge ${b.cls}`} title={b.title}>
          {b.text}
        </span>
      ))}
    </span>
  );
}
