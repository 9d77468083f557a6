import { SchemaValidator } from "../../lib/protocol/output-verdict";

const validator = new SchemaValidator();

export interface ArgsProblem {
  path: string;
  message: string;
}

/** Parses raw JSON arguments and checks them against the tool's inputSchema (2020-12 unless it says otherwise). */
export function checkRawArgs(text: string, schema: object): { value?: Record<string, unknown>; problems: ArgsProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [{ path: "", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { problems: [{ path: "", message: "arguments must be a JSON object" }] };
  return checkArgs(value as Record<string, unknown>, schema);
}

/** Checks arguments (an object) against the tool's inputSchema, as Run does before it sends. */
export function checkArgs(value: Record<string, unknown>, schema: object): { value: Record<string, unknown>; problems: ArgsProblem[] } {
  const v = validator.compile(schema);
  if (v instanceof Error)
    return {
      value,
      problems: [{ path: "(inputSchema)", message: `the tool's inputSchema does not compile: ${v.message}` }],
    };
  if (v(value)) return { value, problems: [] };
  return {
    value,
    problems: (v.errors ?? []).map((e) => ({ path: e.instancePath || "/", message: e.message ?? "invalid" })),
  };
}
