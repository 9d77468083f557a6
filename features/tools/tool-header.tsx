import type { Tool } from "../../lib/protocol/shapes";
import { AnnotationBadges } from "./annotation-badges";
import { IconImage } from "../../components/icon-image";
import { AppBadge } from "../apps/app-badge";
import { shownName, shownProse } from "../../components/shown-text";

/** The selected tool: title, name, description, hints, whether it declares an output schema. */
export function ToolHeader({ tool }: { tool: Tool }) {
  const title = tool.title ?? tool.annotations?.title;
  return (
    <header className="tool-header">
      <div className="tool-header-line">
        <IconImage icons={tool.icons ?? []} size={28} label={`${shownName(tool.name)} icon`} />
        <h3 id="tool-title">{shownName(title ?? tool.name)}</h3>
        {title && <code className="muted">{shownName(tool.name)}</code>}
        <AnnotationBadges annotations={tool.annotations} />
        <AppBadge tool={tool} />
        {tool.outputSchema && (
          <span className="badge" title="Results are checked against this tool's outputSchema">
            output schema
          </span>
        )}
      </div>
      {tool.description && <p className="tool-description">{shownProse(tool.description)}</p>}
    </header>
  );
}
