import { appResourceUriOf } from "../../lib/apps/app-meta";

/** Marks a tool that ships an App UI (MCP Apps): a `ui://` resource in its `_meta.ui.resourceUri`. */
export function AppBadge({ tool }: { tool: { _meta?: unknown } }) {
  const uri = appResourceUriOf(tool);
  if (!uri) return null;
  return (
    <span className="badge badge-app" title={`Has an App UI: ${uri}`} data-testid="app-badge">
      App
    </span>
  );
}
