// The fenced code blocks of the docs, and what the docs test does with each (test/docs/docs-run.test.ts).
//
// A block is one of:
// - marked `<!-- illustration: WHY -->` on the last non-blank line before its fence: never run
//   (WHY must say why: a synopsis, a fragment, a tool the tests do not have). The one marker.
// - a fence without a language, or text / console / output: a diagram, an output or a usage
//   synopsis; never run.
// - sh: each command is run (see commandsOf); yaml: parsed, a collection (`steps:`) run by
//   `inspector test`, a workflow (`jobs:`) has its `run:` lines run as sh; json: parsed, an
//   `mcpServers` file used with `--config`; ts/js: a whole test file (it imports the package and
//   calls test) run by its runner. Anything else is an error: mark it, or teach this file.

export interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  body: string;
  /** The reason of an `<!-- illustration: … -->` marker right before the fence. */
  illustration?: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;
const MARKER = /^\s*<!--\s*illustration:\s*(.*?)\s*-->\s*$/;

/** Every fenced block of a markdown file, with its marker. */
export function blocksOf(file: string, markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !(lines[end].trim().startsWith(fence) && lines[end].trim().replace(/[`~]/g, "") === "")) end++;
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === "") before--;
    const marker = before >= 0 ? MARKER.exec(lines[before]) : null;
    const body = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join("\n");
    blocks.push({ file, line: i + 1, lang: lang.toLowerCase(), body, ...(marker ? { illustration: marker[1] } : {}) });
    i = end;
  }
  return blocks;
}

/** One shell command of a block: continuation lines joined, a trailing `# comment` dropped. */
export interface Command {
  /** 1-based line in the markdown file. */
  line: number;
  text: string;
}

/** The commands of an sh block, in order (comment-only and blank lines left out). */
export function commandsOf(block: Pick<Block, "body" | "line">): Command[] {
  const out: Command[] = [];
  const lines = block.body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i];
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = text.replace(/\s*\\\s*$/, " ") + lines[++i].trim();
    text = stripComment(text).trim();
    if (text) out.push({ line: block.line + 1 + start, text });
  }
  return out;
}

/** The line without a `#` comment outside quotes. */
export function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

/** What kind of command a line is, for how it is run. */
export type CommandKind =
  /** `npx inspector …`, `npx mcp-inspector-harness …`, `inspector …`: run against the installed package. */
  | "inspector"
  /** `npm install [-D|--save-dev|--global] mcp-inspector-harness …`: what the harness did once (the tarball installed). */
  | "install"
  /** `npm ci`, `npm start`, `npm test`, `npm run X`: the repository's own scripts (a contributor's clone): the script must exist. */
  | "repo-script"
  /** `mkdir`, `cd`, `export`, `npm init -y`, `rm -f FILE`: run as they are, before the next commands of the block. */
  | "setup"
  | "other";

export function kindOf(text: string): CommandKind {
  if (/^(npx\s+(--\S+\s+)*(--package\s+\S+\s+)?(inspector|mcp-inspector-harness)|inspector)(\s|$)/.test(text)) return "inspector";
  if (/^npm\s+(install|i)\s+(.*\s)?(mcp-inspector-harness|\.\/mcp-inspector-harness-\S+\.tgz)(\s|$)/.test(text)) return "install";
  if (/^npm\s+(ci|start|test|run\s+\S+)(\s*&&\s*npm\s+(ci|start|test|run\s+\S+))*(\s+--\s+.*)?$/.test(text)) return "repo-script";
  if (/^(mkdir|cd|export|npm\s+init|rm\s+-f)\s/.test(text)) return "setup";
  return "other";
}

/** The npm scripts a repo-script line names (`npm ci` needs none). */
export function scriptsOf(text: string): string[] {
  return [...text.matchAll(/npm\s+(start|test|run\s+(\S+))/g)].map((m) => (m[1] === "start" || m[1] === "test" ? m[1] : m[2]));
}
