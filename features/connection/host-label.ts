import type { Host } from "../../lib/target/host-entry";

const LABELS: Record<Host, string> = {
  "claude-desktop": "Claude Desktop",
  "claude-code": "Claude Code",
  cursor: "Cursor",
  vscode: "VS Code",
  kiro: "Kiro",
  kimi: "Kimi Code",
  gemini: "Gemini CLI",
  codex: "Codex CLI",
};

/** A host's name as people write it. */
export function hostLabel(host: Host): string {
  return LABELS[host];
}
