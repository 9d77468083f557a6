// A key in the forms an endpoint may echo it (issue 52 item 4), and a finder that looks for any
// 12-character piece of the key in a text read every way a person or a tool could read it. The
// finder is written apart from lib/session/secret-forms.ts, on purpose: it checks that code.

/** The key as an endpoint may echo it, one form a line, each in its own words. */
export function keyForms(key: string): Record<string, string> {
  const b = (s: string) => Buffer.from(s, "utf8");
  return {
    literal: key,
    "JSON-escaped": JSON.stringify(key)
      .slice(1, -1)
      .replace(/[a-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    "JSON inside JSON": JSON.stringify(JSON.stringify({ apiKey: key })),
    "base64 (offset 0)": b(key).toString("base64"),
    "base64 (offset 1)": b(`x${key}`).toString("base64"),
    "base64 (offset 2, in a header)": b(`Authorization: Bearer ${key}`).toString("base64"),
    "base64url, no padding": b(`ab${key}!`).toString("base64url"),
    lowercased: key.toLowerCase(),
    uppercased: key.toUpperCase(),
    "URL-encoded": [...key].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""),
    "split by zero-width characters": [...key].join("\u200b"),
    "split by a soft hyphen and a word joiner": [...key].map((c, i) => (i % 2 ? `${c}\u00ad` : `${c}\u2060`)).join(""),
    hex: b(key).toString("hex"),
  };
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\s]/gu;

/** Every string in a JSON value, object keys included. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  return out;
}

/** The ways a string may be read: as it is, unescaped, percent-decoded, without invisibles, decoded from base64 or hex runs, a stream's pieces joined. */
function readings(s: string): string[] {
  const out = [s];
  const streamed = s
    .split("\n")
    .filter((l) => l.startsWith("data: {"))
    .map((l) => {
      try {
        return stringsIn(JSON.parse(l.slice(6))).join("\u0000");
      } catch {
        return "";
      }
    });
  // Each field of a stream's chunks joined in order: the content deltas spell the answer.
  if (streamed.length > 1) {
    const columns = streamed.map((l) => l.split("\u0000"));
    for (let c = 0; c < Math.max(...columns.map((x) => x.length)); c++) out.push(columns.map((x) => x[c] ?? "").join(""));
  }
  for (const t of [...out]) {
    try {
      out.push(JSON.parse(`"${t}"`) as string);
    } catch {
      /* not a JSON string body */
    }
    try {
      out.push(decodeURIComponent(t));
    } catch {
      /* not percent-encoded */
    }
  }
  for (const t of [...out]) out.push(t.replace(INVISIBLE, ""));
  for (const t of [...out]) {
    for (const run of t.match(/[A-Za-z0-9+/_-]{12,}/g) ?? [])
      for (let shift = 0; shift < 4; shift++)
        out.push(Buffer.from(run.slice(shift).replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("latin1"));
    for (const run of t.match(/(?:[0-9a-fA-F]{2}){8,}/g) ?? []) out.push(Buffer.from(run, "hex").toString("latin1"));
  }
  return out;
}

/** The 12-character pieces of the key that a text reveals, read every way above (none, when it is safe). */
export function keyPiecesIn(text: string, key: string): string[] {
  const pieces = new Set<string>();
  for (let i = 0; i + 12 <= key.length; i++) pieces.add(key.slice(i, i + 12).toLowerCase());
  let strings = [text];
  try {
    strings = [text, ...stringsIn(JSON.parse(text))];
  } catch {
    /* plain text */
  }
  const found = new Set<string>();
  for (const s of strings) for (const r of readings(s)) for (const p of pieces) if (r.toLowerCase().includes(p)) found.add(p);
  return [...found];
}
