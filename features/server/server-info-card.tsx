import type { Icon } from "../../lib/protocol/shapes";
import { IconImage } from "../../components/icon-image";
import { shownName } from "../../components/shown-text";
import { ServerText } from "../../components/server-text";

/** A serverInfo field as the page draws it: escaped (issue 52 item 7), undefined when absent. */
function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? shownName(v) : undefined;
}

/** serverInfo: name, title, version, description, website, icons (untrusted: text only, icons gated). */
export function ServerInfoCard({ info }: { info: Record<string, unknown> }) {
  const name = str(info.name);
  const title = str(info.title);
  const icons = Array.isArray(info.icons) ? (info.icons as Icon[]) : [];
  return (
    <section className="card server-info" aria-labelledby="server-info-heading" data-testid="server-info">
      <div className="server-info-head">
        <IconImage icons={icons} size={40} label={`${title ?? name ?? "server"} icon`} />
        <div>
          <h3 id="server-info-heading" data-testid="server-name">
            {title ?? name ?? "(no name)"}
          </h3>
          <p className="muted">
            {title && name && <code>{name}</code>} {str(info.version) && <>version {str(info.version)}</>}
          </p>
        </div>
      </div>
      {typeof info.description === "string" && info.description && (
        <p>
          <ServerText text={info.description} prose />
        </p>
      )}
      {str(info.websiteUrl) && (
        <p className="small">
          Website: <code>{str(info.websiteUrl)}</code>
        </p>
      )}
    </section>
  );
}
