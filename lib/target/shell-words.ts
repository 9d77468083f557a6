/**
 * Command lines as a person types them: split like a POSIX shell without expansion
 * (whitespace separates; '…', "…" and backslash quote), and joined back so that splitting
 * gives the same words. Shared by the page's connection form, the launcher and target labels.
 */
export function splitShellWords(text: string): { ok: true; args: string[] } | { ok: false; message: string } {
  const args: string[] = [];
  let cur = "";
  let has = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) cur += text[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) args.push(cur);
      cur = "";
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (quote) return { ok: false, message: `the arguments have an unclosed ${quote === '"' ? "double" : "single"} quote` };
  if (has) args.push(cur);
  return { ok: true, args };
}

export function joinShellWords(args: readonly string[]): string {
  return args.map((a) => (a !== "" && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(" ");
}
