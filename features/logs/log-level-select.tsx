"use client";
import { LOG_LEVELS } from "../../lib/protocol/log-levels";

export interface LogLevelSelectProps {
  label: string;
  value: string;
  onChange(level: string): void;
}

/** A select of the eight syslog levels MCP logging uses, least severe first. */
export function LogLevelSelect({ label, value, onChange }: LogLevelSelectProps) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {LOG_LEVELS.map((l) => (
        <option key={l} value={l}>
          {l}
        </option>
      ))}
    </select>
  );
}
