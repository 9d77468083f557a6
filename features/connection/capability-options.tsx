import type { OfferedCapabilities } from "../../lib/target/target";

const OPTIONS: { key: keyof OfferedCapabilities; label: string; hint: string }[] = [
  { key: "sampling", label: "Sampling", hint: "the server may ask for LLM completions" },
  { key: "elicitationForm", label: "Elicitation (form)", hint: "the server may ask the user for input" },
  { key: "elicitationUrl", label: "Elicitation (URL)", hint: "the server may send the user to a URL" },
  { key: "roots", label: "Roots", hint: "the server may ask which folders it may use" },
  { key: "tasks", label: "Tasks", hint: "task-augmented requests" },
];

/** Client capabilities to offer at initialize. */
export function CapabilityOptions({ value, onChange }: { value: OfferedCapabilities; onChange(v: OfferedCapabilities): void }) {
  return (
    <fieldset className="checks">
      <legend>Offer client capabilities</legend>
      {OPTIONS.map((o) => (
        <label key={o.key} className="check" title={o.hint}>
          <input type="checkbox" checked={value[o.key]} onChange={(e) => onChange({ ...value, [o.key]: e.target.checked })} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
