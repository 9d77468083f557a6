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
  const v = validator.compile(schema);
  if (v instanceof Error)
    return {
      value: value as Record<string, unknown>,
      problems: [{ path: "(inputSchema)", message: `the tool's inputSchema does not compile: ${v.message}` }],
    };
  if (v(value)) return { value: value as Record<string, unknown>, problems: [] };
  return {
    value: value as Record<string, unknown>,
    problems: (v.errors ?? []).map((e) => ({ path: e.instancePath || "/", message: e.message ?? "invalid" })),
  };
}
