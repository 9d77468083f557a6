import type { ConnectionDraft } from "../page-lib/connection-draft";

type Transport = ConnectionDraft["transport"];

const OPTIONS: { value: Transport; label: string }[] = [
  { value: "stdio", label: "stdio" },
  { value: "http", label: "Streamable HTTP" },
  { value: "sse", label: "SSE (legacy)" },
];

/** Radio group for the transport. */
export function TransportPicker({ value, onChange }: { value: Transport; onChange(t: Transport): void }) {
  return (
    <fieldset className="segmented">
      <legend>Transport</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className={o.value === value ? "segment active" : "segment"}>
          <input type="radio" name="transport" value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
