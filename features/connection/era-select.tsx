import type { ProtocolEraChoice } from "../../lib/target/target";

/** The choices and what each does, in the order of the official inspector's --protocol-era. */
export const ERAS: { value: ProtocolEraChoice; label: string; hint: string }[] = [
  {
    value: "auto",
    label: "Auto",
    hint: "Sends initialize as a 2025 client does; switches to 2026-07-28 (server/discover) only when the server refuses its version.",
  },
  {
    value: "legacy",
    label: "Legacy (2025-11-25)",
    hint: "initialize only: a 2026-07-28-only server fails to connect, naming the versions it speaks.",
  },
  {
    value: "modern",
    label: "Modern (2026-07-28)",
    hint: "Starts with server/discover and sends the _meta envelope on every request; a 2025-only server fails to connect.",
  },
];

/** Which protocol era the connection speaks, with a line that says what that choice does. */
export function EraSelect({ value, onChange }: { value: ProtocolEraChoice; onChange(v: ProtocolEraChoice): void }) {
  return (
    <>
      <label className="field">
        <span>Protocol era</span>
        <select value={value} onChange={(e) => onChange(e.target.value as ProtocolEraChoice)} data-testid="protocol-era">
          {ERAS.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small" data-testid="protocol-era-hint">
        {ERAS.find((e) => e.value === value)?.hint}
      </p>
    </>
  );
}
