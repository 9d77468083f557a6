import type { OfferedCapabilities } from "../../lib/target/target";

/** Each capability, and what a server may hide or refuse when the inspector does not offer it. */
const OPTIONS: { key: keyof OfferedCapabilities; label: string; hint: string; hides: string }[] = [
  {
    key: "sampling",
    label: "Sampling",
    hint: "the server may ask for LLM completions",
    hides: "servers may hide tools that need it, such as tools that ask an LLM",
  },
  {
    key: "elicitationForm",
    label: "Elicitation (form)",
    hint: "the server may ask the user for input",
    hides: "servers may hide tools that ask you for input, or fail them",
  },
  {
    key: "elicitationUrl",
    label: "Elicitation (URL)",
    hint: "the server may send the user to a URL",
    hides: "servers may hide tools that send you to a page (a login, a payment)",
  },
  {
    key: "roots",
    label: "Roots",
    hint: "the server may ask which folders it may use",
    hides: "servers cannot ask which folders to use; some hide the tools that need them",
  },
  { key: "tasks", label: "Tasks", hint: "task-augmented requests", hides: "servers may hide tools that need it, such as task tools" },
  {
    key: "apps",
    label: "Apps (UI)",
    hint: "MCP Apps: the io.modelcontextprotocol/ui extension; the page renders App UIs",
    hides: "servers may describe App tools without their UI, or leave them out",
  },
];

/**
 * Client capabilities to offer at initialize. A capability left off is said with what it may
 * hide: a server that lists fewer tools without it would otherwise look like it has fewer tools.
 */
export function CapabilityOptions({ value, onChange }: { value: OfferedCapabilities; onChange(v: OfferedCapabilities): void }) {
  const off = OPTIONS.filter((o) => !value[o.key]);
  return (
    <fieldset className="checks">
      <legend>Offer client capabilities</legend>
      {OPTIONS.map((o) => (
        <label key={o.key} className="check" title={o.hint}>
          <input
            type="checkbox"
            checked={value[o.key]}
            onChange={(e) => onChange({ ...value, [o.key]: e.target.checked })}
            aria-describedby={value[o.key] ? undefined : `cap-off-${o.key}`}
          />
          {o.label}
        </label>
      ))}
      {off.length > 0 && (
        <ul className="capabilities-off" data-testid="capabilities-off">
          {off.map((o) => (
            <li key={o.key} id={`cap-off-${o.key}`} data-capability={o.key}>
              <strong>{o.label}</strong> off: {o.hides}.
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
