import type { HostEmulation } from "../../lib/apps/host-emulation";
import { CHATGPT_WIDTHS, chatGptInlineWidth, containerWidthOf, emulationOfProfile } from "../../lib/apps/host-emulation";
import { HOST_PROFILES, HOST_PROFILE_IDS, type HostProfileId } from "../../lib/apps/host-profiles";

const num = (s: string, fallback: number) =>
  Number.isFinite(Number(s)) && s.trim() !== "" ? Math.max(0, Math.round(Number(s))) : fallback;

/**
 * Host emulation: which host the App is shown as (a profile: its styles, display modes, container,
 * platform, capabilities, and for ChatGPT window.openai), then what the App is told, editable while
 * it runs (each change is a host-context-changed).
 */
export function HostEmulationForm({
  value,
  onChange,
  column,
}: {
  value: HostEmulation;
  onChange(v: HostEmulation): void;
  column?: number;
}) {
  const set = <K extends keyof HostEmulation>(k: K, v: HostEmulation[K]) => onChange({ ...value, [k]: v });
  const inset = (side: keyof HostEmulation["insets"], s: string) => set("insets", { ...value.insets, [side]: num(s, value.insets[side]) });
  const profile = HOST_PROFILES[value.profile];
  // The width the App is given now: a fitted column of 768 px is ChatGPT's desktop width too.
  const width = containerWidthOf(value, column);
  return (
    <fieldset className="app-emulation">
      <legend>Host emulation</legend>
      <label>
        Host{" "}
        <select value={value.profile} onChange={(e) => onChange(emulationOfProfile(e.target.value as HostProfileId, value))}>
          {HOST_PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {HOST_PROFILES[id].label}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small app-profile-note">{profile.note}</span>
      <label>
        Theme{" "}
        <select value={value.theme} onChange={(e) => set("theme", e.target.value as HostEmulation["theme"])}>
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
      <label>
        Display{" "}
        <select value={value.displayMode} onChange={(e) => set("displayMode", e.target.value as HostEmulation["displayMode"])}>
          {profile.displayModes.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        Platform{" "}
        <select value={value.platform} onChange={(e) => set("platform", e.target.value as HostEmulation["platform"])}>
          <option value="desktop">desktop</option>
          <option value="mobile">mobile</option>
          <option value="web">web</option>
        </select>
      </label>
      <label>
        Locale <input size={7} value={value.locale} onChange={(e) => set("locale", e.target.value)} />
      </label>
      <label>
        Time zone <input size={14} value={value.timeZone} onChange={(e) => set("timeZone", e.target.value)} />
      </label>
      <label title="The container is the column the App is shown in (at most the host's own maximum width)">
        <input type="checkbox" checked={value.fitColumn} onChange={(e) => set("fitColumn", e.target.checked)} /> Fit column
        {value.fitColumn && column !== undefined && <span className="muted small">({width} px)</span>}
      </label>
      <label>
        Width{" "}
        <input
          type="number"
          min={100}
          className="app-num"
          value={width}
          // A width typed is a fixed container: the column no longer decides it.
          onChange={(e) => onChange({ ...value, fitColumn: false, width: num(e.target.value, value.width) || value.width })}
        />
      </label>
      {value.profile === "chatgpt" && (
        <span className="app-widths" role="group" aria-label="ChatGPT's widths">
          <button
            type="button"
            className="btn-small"
            aria-pressed={width === CHATGPT_WIDTHS.desktop}
            onClick={() => onChange({ ...value, fitColumn: false, width: CHATGPT_WIDTHS.desktop, platform: "web" })}
            title="ChatGPT's conversation column on a desktop window: the Apps view gives it the room in a window 1181 px or wider (the timeline goes below); narrower, it is shown scaled down, and said"
          >
            Desktop {CHATGPT_WIDTHS.desktop} px
          </button>
          <button
            type="button"
            className="btn-small"
            aria-pressed={width === CHATGPT_WIDTHS.mobile}
            onClick={() => onChange({ ...value, fitColumn: false, width: CHATGPT_WIDTHS.mobile, platform: "mobile" })}
            title="ChatGPT on a 390 px phone, less its 16 px gutters"
          >
            Mobile {CHATGPT_WIDTHS.mobile} px
          </button>
          <span className="muted small">ChatGPT in this window: {chatGptInlineWidth(window.innerWidth)} px</span>
        </span>
      )}
      <label>
        Height{" "}
        <input
          type="number"
          min={100}
          className="app-num"
          value={value.height}
          onChange={(e) => set("height", num(e.target.value, value.height) || value.height)}
        />
      </label>
      <label title="Send the run's arguments to the App as ui/notifications/tool-input-partial steps this many ms apart before the whole input, as a host does while the model writes them (0: off). For the next Run or Reload App.">
        Stream input{" "}
        <input
          type="number"
          min={0}
          max={5000}
          step={50}
          className="app-num"
          aria-label="Stream input, ms between partial inputs (0: off)"
          value={value.inputStreamMs}
          onChange={(e) => set("inputStreamMs", Math.min(5000, Math.max(0, num(e.target.value, value.inputStreamMs))))}
        />{" "}
        <span className="muted small">ms/step</span>
      </label>
      <span className="app-insets">
        Safe area{" "}
        {(["top", "right", "bottom", "left"] as const).map((side) => (
          <input
            key={side}
            type="number"
            min={0}
            className="app-num"
            aria-label={`Safe-area inset ${side}`}
            title={side}
            value={value.insets[side]}
            onChange={(e) => inset(side, e.target.value)}
          />
        ))}
      </span>
    </fieldset>
  );
}
