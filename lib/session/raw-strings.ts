/**
 * The strings of a JSON text as its reader would see them, every one: decoded from their escapes
 * (`\u0073k-…`, `\/`) and including those a duplicate key hides from JSON.parse, which keeps only
 * the last value of a key. A key followed by a string value comes as `{ key: value }`, so a
 * secret-named key is judged with its value; every other string comes alone.
 */
export function rawStrings(raw: string): unknown[] {
  const out: unknown[] = [];
  // A string literal, then whether a colon follows it (it is a key) and where its value starts.
  const token = /"((?:[^"\\]|\\.)*)"(\s*:\s*)?/g;
  let key: { name: string; valueAt: number } | undefined;
  for (let m = token.exec(raw); m; m = token.exec(raw)) {
    const text = decode(m[1]);
    if (key) out.push({ [key.name]: text });
    else if (!m[2]) out.push(text);
    key = m[2] ? { name: text, valueAt: m.index + m[0].length } : undefined;
    // A key whose value is not a string is shown alone.
    if (key && raw[key.valueAt] !== '"') {
      out.push(key.name);
      key = undefined;
    }
  }
  if (key) out.push(key.name);
  return out;
}

function decode(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    // Not valid JSON escapes (a line read with invalid UTF-8 replaced): judge the text as it is.
    return body;
  }
}
