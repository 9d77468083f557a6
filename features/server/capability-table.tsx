import { shownName } from "../../components/shown-text";
export interface KnownCapability {
  key: string;
  label: string;
  /** Sub-fields worth showing as flags (listChanged, subscribe…). */
  flags: string[];
}

export interface CapabilityTableProps {
  title: string;
  caps: Record<string, unknown>;
  known: KnownCapability[];
  testId: string;
}

/** Each capability as supported or not, with its flags; capabilities we do not know are listed too. */
export function CapabilityTable({ title, caps, known, testId }: CapabilityTableProps) {
  const extra = Object.keys(caps).filter((k) => !known.some((c) => c.key === k));
  const rows = [...known, ...extra.map((k) => ({ key: k, label: shownName(k), flags: [] }))];
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <table className="cap-table">
        <tbody>
          {rows.map((c) => {
            const v = caps[c.key];
            const on = v !== undefined && v !== null && v !== false;
            const sub = typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
            return (
              <tr key={c.key} data-capability={c.key} data-supported={on}>
                <th scope="row">{c.label}</th>
                <td>
                  <span className={on ? "badge badge-ok" : "badge badge-off"}>{on ? "✓ supported" : "— not supported"}</span>
                </td>
                <td className="cap-flags">
                  {on &&
                    Object.keys(sub).map((f) => (
                      <span key={f} className="badge" title={JSON.stringify(sub[f])}>
                        {f}
                        {sub[f] === true ? "" : sub[f] === false ? ": no" : ""}
                      </span>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
