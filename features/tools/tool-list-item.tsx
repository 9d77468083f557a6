import "./tool-list.css";
import type { Tool } from "../../lib/protocol/shapes";
import { AnnotationBadges } from "./annotation-badges";
import { IconImage } from "../../components/icon-image";
import { AppBadge } from "../apps/app-badge";
import { shownName, shownProse } from "../../components/shown-text";

/**
 * One tool in the list: icon, title and name on one line, the description in two, annotation
 * badges below (hidden where the list stands beside the tool, whose header shows them).
 */
export function ToolListItem({ tool, selected, onSelect }: { tool: Tool; selected: boolean; onSelect(): void }) {
  const title = tool.title ?? tool.annotations?.title;
  return (
    <div className={selected ? "tool-item selected" : "tool-item"}>
      <button
        type="button"
        className="tool-item-button"
        aria-current={selected ? "true" : undefined}
        onClick={onSelect}
        data-testid={`tool-${tool.name}`}
        title={shownName(title ? `${title} (${tool.name})` : tool.name)}
      >
        {/* The name a person calls is never cut: where the line is short, the title gives way (issue 39 item 6). */}
        <span className="tool-item-name tool-item-line">
          <IconImage icons={tool.icons ?? []} size={16} label={`${shownName(tool.name)} icon`} />
          {title ? (
            <span className="tool-item-title">{shownName(title)}</span>
          ) : (
            <span className="tool-item-only-name">{shownName(tool.name)}</span>
          )}
          {title && <code className="muted small tool-item-code">{shownName(tool.name)}</code>}
          {/* On the name's line: the badge row below is hidden where the list stands beside the tool. */}
          <AppBadge tool={tool} />
        </span>
        {tool.description && <span className="tool-item-desc">{shownProse(tool.description)}</span>}
      </button>
      <div className="tool-item-meta tools-item-badges">
        <AnnotationBadges annotations={tool.annotations} />
      </div>
    </div>
  );
}
