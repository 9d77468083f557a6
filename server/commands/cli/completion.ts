import { CLI_METHODS, type COMPLETION_SHELLS } from "./flags";

/**
 * A completion script for `inspector`: the subcommands, every flag, and the values of the flags
 * that take one of a fixed set. Printed by `--completion SHELL`; the flags come from the tables,
 * (every command's, handed over in the run context), so the script cannot fall behind them.
 */
export function completionScript(shell: (typeof COMPLETION_SHELLS)[number], allFlags: readonly string[]): string {
  const flags = [...new Set(allFlags)].sort();
  const values = COMPLETION_VALUES;
  const words = ["check", "replay", "mock", "diff", ...flags].join(" ");
  if (shell === "bash") {
    const cases = Object.entries(values)
      .map(([f, vs]) => `    ${f}) COMPREPLY=($(compgen -W "${vs.join(" ")}" -- "$cur")); return ;;`)
      .join("\n");
    return `# bash completion for inspector: eval "$(inspector --cli --completion bash)"
_inspector() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${cases}
  esac
  COMPREPLY=($(compgen -W "${words}" -- "$cur"))
}
complete -o default -F _inspector inspector
`;
  }
  if (shell === "zsh") {
    return `#compdef inspector
# zsh completion for inspector: eval "$(inspector --cli --completion zsh)"
_inspector() {
  local -a words_
  case "\${words[CURRENT-1]}" in
${Object.entries(values)
  .map(([f, vs]) => `    ${f}) compadd -- ${vs.join(" ")}; return ;;`)
  .join("\n")}
  esac
  words_=(${words})
  compadd -- $words_
  _files
}
compdef _inspector inspector
`;
  }
  const lines = [
    "# fish completion for inspector: inspector --cli --completion fish | source",
    "complete -c inspector -n __fish_use_subcommand -a 'check replay mock diff'",
  ];
  for (const f of flags.filter((x) => x.startsWith("--"))) {
    const vs = values[f];
    lines.push(`complete -c inspector -l ${f.slice(2)}${vs ? ` -x -a '${vs.join(" ")}'` : ""}`);
  }
  return lines.join("\n") + "\n";
}

const COMPLETION_VALUES: Record<string, readonly string[]> = {
  "--method": CLI_METHODS,
  "--transport": ["stdio", "http", "sse"],
  "--auth": ["browser", "auto", "client-credentials", "off"],
  "--protocol-era": ["legacy", "auto", "modern"],
  "--format": ["text", "json", "junit"],
  "--output-format": ["json", "raw"],
  "--completion": ["bash", "zsh", "fish"],
  "--elicitation": ["ask", "accept-defaults", "decline", "cancel"],
  "--fail-on": ["breaking", "any"],
};
