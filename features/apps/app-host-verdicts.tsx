import { useEffect, useState } from "react";
import type { AppRead, HostReason, HostVerdict } from "../../lib/apps/host-rules";
import { visible } from "../../lib/text/visible";

export interface AppHostVerdictsProps {
  tool: { name: string; _meta?: unknown };
  uri: string;
  /** The read of the App's resource as the server answered it. */
  read: AppRead;
}

function Reason({ r }: { r: HostReason }) {
  return (
    <li>
      {visible(r.text)}{" "}
      <a className="small" href={r.cite.url} target="_blank" rel="noreferrer noopener">
        {r.cite.title}, {r.section}
      </a>
    </li>
  );
}

/**
 * Would this App mount in each host the page emulates, by that host's own published rules
 * (lib/apps/host-rules.ts), and if not, why, each reason linked to the host's document: an App
 * that renders here and is blank in another host is the Apps repositories' most repeated
 * complaint (issue 92). Open when some host would not mount it.
 */
export function AppHostVerdicts({ tool, uri, read }: AppHostVerdictsProps) {
  // The rules are a chunk of their own, loaded when an App is shown (the page's first load: test/budgets).
  const [verdicts, setVerdicts] = useState<{ of: AppRead; list: HostVerdict[] }>();
  useEffect(() => {
    let live = true;
    void import("../../lib/apps/host-rules").then((m) => live && setVerdicts({ of: read, list: m.hostVerdictsOf(tool, uri, read) }));
    return () => {
      live = false;
    };
  }, [tool, uri, read]);
  if (verdicts?.of !== read) return null;
  return <Verdicts verdicts={verdicts.list} />;
}

function Verdicts({ verdicts }: { verdicts: HostVerdict[] }) {
  const refused = verdicts.filter((v) => !v.mounts);
  return (
    <details className="app-host-verdicts" data-testid="app-host-verdicts" open={refused.length > 0}>
      <summary>
        Would it mount?{" "}
        {verdicts.map((v) => (
          <span
            key={v.host}
            className={`badge ${v.mounts ? "badge-ok" : "badge-no"}`}
            data-testid="app-host-verdict"
            data-mounts={v.mounts}
          >
            {v.mounts ? "✓" : "✗"} {v.label}
          </span>
        ))}
      </summary>
      {verdicts.map((v) => (
        <div key={v.host} className="app-host-verdict" data-host={v.host}>
          <p>
            <strong>{v.label}</strong>: {v.mounts ? "mounts it, by its published rules" : "would not mount it"}
            {v.why.length + v.notes.length > 0 && ":"}
          </p>
          {v.why.length + v.notes.length > 0 && (
            <ul>
              {v.why.map((r, i) => (
                <Reason key={`w${i}`} r={r} />
              ))}
              {v.notes.map((r, i) => (
                <Reason key={`n${i}`} r={r} />
              ))}
            </ul>
          )}
        </div>
      ))}
      <p className="muted small">
        Each host by the rules it publishes, applied strictly; what a host leaves open is not counted against the App. The emulation above
        renders the App either way.
      </p>
    </details>
  );
}
