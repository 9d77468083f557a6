import type { ConnectionDraft } from "./connection-draft";

type Transport = ConnectionDraft["transport"];

const OPTIONS: { value: Transport; label: string; title: string }[] = [
  { value: "stdio", label: "stdio", title: "Start a local process and talk over its stdin/stdout" },
  { value: "http", label: "Streamable HTTP", title: "Connect to a URL (the current HTTP transport)" },
  { value: "sse", label: "SSE", title: "Connect to a URL with the legacy HTTP+SSE transport" },
];

/** Radio group for the transport. */
export function TransportPicker({ value, onChange }: { value: Transport; onChange(t: Transport): void }) {
  return (
    <fieldset className="segmented">
      <legend>Transport</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className={o.value === value ? "segment active" : "segment"} title={o.title}>
          <input type="radio" name="transport" value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
