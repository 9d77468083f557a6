import type { RedactionHit } from "../../lib/session/redact";

export interface RedactionHitsProps {
  hits: readonly RedactionHit[];
  dropped: readonly number[];
  onDrop(seq: number): void;
}

interface Group {
  seq?: number;
  what: string;
  preview: string;
  count: number;
}

/** What redaction hid, where (entry seq) and a preview that does not reveal it; each entry can be left out whole. */
export function RedactionHits({ hits, dropped, onDrop }: RedactionHitsProps) {
  const groups = new Map<string, Group>();
  for (const h of hits) {
    const key = `${h.seq ?? "-"}|${h.what}|${h.preview}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { seq: h.seq, what: h.what, preview: h.preview, count: 1 });
  }
  if (!groups.size)
    return (
      <p className="muted" data-testid="redaction-none">
        Nothing in the messages looks like a secret.
      </p>
    );
  return (
    <table className="hits-table" data-testid="redaction-hits">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Where</th>
          <th scope="col">Hidden value</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...groups.values()].map((g) => (
          <tr key={`${g.seq}|${g.what}|${g.preview}`} data-testid="redaction-hit">
            <td>
              {g.what}
              {g.count > 1 && <span className="muted"> ×{g.count}</span>}
            </td>
            <td>{g.seq !== undefined ? `entry seq ${g.seq}` : "target / negotiation"}</td>
            <td>
              <code>{g.preview}</code>
            </td>
            <td>
              {g.seq !== undefined && !dropped.includes(g.seq) && (
                <button type="button" className="btn-small" onClick={() => onDrop(g.seq!)}>
                  Leave out seq {g.seq}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
