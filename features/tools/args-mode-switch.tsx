export type ArgsMode = "form" | "json";

/** Form or raw JSON for a tool's arguments. */
export function ArgsModeSwitch({ mode, onChange }: { mode: ArgsMode; onChange(m: ArgsMode): void }) {
  return (
    <div className="segmented segmented-inline" role="group" aria-label="Arguments editor">
      <button
        type="button"
        className={mode === "form" ? "segment active" : "segment"}
        aria-pressed={mode === "form"}
        onClick={() => onChange("form")}
      >
        Form
      </button>
      <button
        type="button"
        className={mode === "json" ? "segment active" : "segment"}
        aria-pressed={mode === "json"}
        onClick={() => onChange("json")}
      >
        Raw JSON
      </button>
    </div>
  );
}
