import { APP_MESSAGE_MAX_BYTES, AppCspViolationSchema, type AppCspViolation } from "./format";

/**
 * What of an App message can go into the record: the message itself when it is JSON of at most
 * APP_MESSAGE_MAX_BYTES, else why it was left out. postMessage carries structured clones, so a
 * hostile App can post a cycle, a BigInt or a Map: the tap must not throw on any of them.
 */
export function recordableAppMessage(message: unknown): { message: unknown } | { omitted: string } {
  let json: string | undefined;
  try {
    json = JSON.stringify(message);
  } catch (e) {
    return { omitted: `not JSON (${e instanceof Error ? e.name : "unserializable"})` };
  }
  if (json === undefined) return { omitted: `not JSON (${typeof message})` };
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > APP_MESSAGE_MAX_BYTES)
    return { omitted: `${bytes} bytes, over the record's ${APP_MESSAGE_MAX_BYTES}-byte bound for an App message` };
  const parsed: unknown = JSON.parse(json);
  return { message: parsed };
}

const str = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : undefined);

/** A CSP violation as the App's frame posted it, cut to the record's bounds; undefined when it is not one. */
export function cspViolationOf(report: unknown): AppCspViolation | undefined {
  if (typeof report !== "object" || report === null) return undefined;
  const r = report as Record<string, unknown>;
  const line = typeof r.line === "number" && Number.isInteger(r.line) && r.line >= 0 ? r.line : undefined;
  const parsed = AppCspViolationSchema.safeParse({
    directive: str(r.directive, 200) ?? "",
    blockedUri: str(r.blockedUri, 2000) ?? "",
    sourceFile: str(r.sourceFile, 2000),
    line,
    disposition: str(r.disposition, 20),
    sample: str(r.sample, 200),
  });
  return parsed.success ? parsed.data : undefined;
}
