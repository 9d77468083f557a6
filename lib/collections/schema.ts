import * as z from "zod";

/**
 * A collection file (`*.mcp-tests.yaml`, JSON accepted): steps to run against a server, each with
 * what its answer must be. docs/collections.md is its guide; schemas/mcp-tests.schema.json is
 * this schema as JSON Schema, for editors. Every object is strict: a key this version does not
 * know is an error naming it, never silently ignored (a typo in `expect` must not pass).
 */

export const COLLECTION_VERSION = 1;

export const SeveritySchema = z.enum(["error", "warning", "info"]);

/** A string test: a substring, or a regular expression (written as JavaScript's, without slashes). */
const TextTestSchema = z.strictObject({ contains: z.string().optional(), matches: z.string().optional() });

/**
 * One expectation. Each names one kind: `isError`, a `path` with `equals` / `matches` / `contains`
 * / `exists` / `schema`, `schema` alone (the whole result), `outputSchema`, `textContent`,
 * `errorCode`, `latencyMs`, `snapshot`, `noFindings`. One object type (not a union) so a wrong
 * key is named as such, and so the page can build one field by field.
 */
export const ExpectationSchema = z.strictObject({
  /** The tool result's isError. */
  isError: z.boolean().optional().describe("The tool result's isError is this."),
  /** A JSON path into the result (`$.content[0].text`); with equals, matches, contains, exists or schema. */
  path: z
    .string()
    .optional()
    .describe("A JSON path into the result ($.content[0].text), with equals, matches, contains, exists or schema."),
  equals: z.unknown().optional().describe("The value at path equals this (JSON equality)."),
  matches: z.string().optional().describe("The value at path is a string matching this regular expression."),
  /** A string holds it as a substring; an array holds an item equal to it; an object holds its keys with equal values. */
  contains: z.unknown().optional().describe("A string holding it, an array with an item equal to it, an object with its keys and values."),
  exists: z.boolean().optional().describe("There is (true) or is not (false) a value at path."),
  /** A JSON Schema the value at `path` (default the whole result) must fit. */
  schema: z.record(z.string(), z.unknown()).optional().describe("A JSON Schema the value at path (default the whole result) fits."),
  /** structuredContent fits the tool's own outputSchema; on by default when the tool declares one (false turns it off). */
  outputSchema: z
    .boolean()
    .optional()
    .describe("structuredContent fits the tool's own outputSchema (on by default when it has one; false turns it off)."),
  /** Some text content block contains / matches. A string is `contains`. */
  textContent: z.union([z.string(), TextTestSchema]).optional().describe("Some text block contains this (or { matches: RE })."),
  /** The request fails with this JSON-RPC error code. */
  errorCode: z.number().int().optional().describe("The request fails with this JSON-RPC error code."),
  /** The answer came within this many ms. */
  latencyMs: z.number().positive().optional().describe("The answer comes within this many ms."),
  /**
   * The step's request is answered no slower than its recording by more than a bound: within
   * `factor` × `recordedMs` and `recordedMs` + `minMs`, whichever is larger (default 10 and 1000,
   * or what `--latency-factor` and `--latency-min-ms` say). `test --from-session` writes it.
   */
  latency: z
    .strictObject({
      recordedMs: z.number().nonnegative(),
      factor: z.number().positive().optional(),
      minMs: z.number().nonnegative().optional(),
    })
    .optional()
    .describe("No slower than recordedMs by more than factor times (default 10) and minMs (default 1000), whichever is larger."),
  /**
   * The notifications that belong to the step's request (its progress, log lines, list changes,
   * before its answer): each kind listed comes at least once, in any count and any interleaving;
   * other kinds may come too. `test --from-session` writes what the recording saw.
   */
  notifications: z
    .array(z.string().min(1))
    .optional()
    .describe("Each of these notification methods comes with the request (its progress, log lines, list changes) before its answer."),
  /** The result (volatile fields masked) equals the one kept in the sibling .snap.yaml; a string names it. */
  snapshot: z
    .union([z.boolean(), z.string().min(1)])
    .optional()
    .describe("The masked result equals the one kept in the sibling .snap.yaml (--update-snapshots rewrites it)."),
  /** No lint finding of this severity or worse during the step. */
  noFindings: SeveritySchema.optional().describe("No protocol lint finding of this severity or worse during the step."),
});
export type Expectation = z.infer<typeof ExpectationSchema>;

/** The kinds an expectation may be, in the order they are looked for; `path` covers its five tests. */
export const EXPECTATION_KINDS = [
  "isError",
  "path",
  "schema",
  "outputSchema",
  "textContent",
  "errorCode",
  "latencyMs",
  "latency",
  "notifications",
  "snapshot",
  "noFindings",
] as const;
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number];
export const PATH_TESTS = ["equals", "matches", "contains", "exists", "schema"] as const;

export const CannedSamplingSchema = z.strictObject({ match: z.string(), text: z.string(), model: z.string().optional() });

/** How the server's own requests are answered while the step runs. */
export const AnswerRulesSchema = z.strictObject({
  /** sampling/createMessage: the first rule whose `match` is in the request's text answers. */
  sampling: z.array(CannedSamplingSchema).optional(),
  /** elicitation/create: a policy, or the content to accept with. */
  elicitation: z
    .union([z.enum(["accept-defaults", "decline", "cancel"]), z.strictObject({ accept: z.record(z.string(), z.unknown()) })])
    .optional(),
  /** roots/list is answered with these (set before the step, told to the server). */
  roots: z.array(z.strictObject({ uri: z.string().min(1), name: z.string().optional() })).optional(),
});
export type AnswerRules = z.infer<typeof AnswerRulesSchema>;

/** A wait for a notification from the server; one that already came (and was not taken) counts. */
export const NotificationWaitSchema = z.strictObject({
  method: z.string().min(1),
  /** Only a notification whose params hold these keys with equal values. */
  params: z.record(z.string(), z.unknown()).optional(),
});

/** A test on text: a string is `contains`. */
export const TextExpectationSchema = z.union([z.string(), TextTestSchema]);

/**
 * One tool call an eval expects of the model: the tool's name, and optionally its arguments as a
 * subset (`arguments:`, the keys given must be there with equal values, others may be too) or
 * path expectations over the arguments (`expect:`, the same `path` tests as a step's, at `$`).
 */
export const ToolCallExpectationSchema = z.strictObject({
  tool: z.string().min(1).describe("The model calls this tool."),
  arguments: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("The call's arguments hold these keys with equal values (a subset; other keys may be there too)."),
  expect: z.array(ExpectationSchema).optional().describe("Path expectations over the call's arguments ($.message matches hello)."),
});
export type ToolCallExpectation = z.infer<typeof ToolCallExpectationSchema>;

/** The most runs one eval step may ask for: each run is a whole conversation with the model. */
export const MAX_EVAL_RUNS = 100;
/** How many answers of the model one run reads, when the step does not say (a bound on a model that loops). */
export const DEFAULT_EVAL_TURNS = 6;

/**
 * One step: a request (`tool` + `arguments`, `resource`, `prompt` + `arguments`, or any
 * `method` + `params`) or a wait (`notification`). Strings in arguments and params may hold
 * `${ENV}` and `{{name}}` (a variable or an earlier step's capture).
 */
export const StepSchema = z.strictObject({
  name: z.string().min(1).optional(),
  tool: z.string().min(1).optional().describe("tools/call this tool, with arguments."),
  resource: z.string().min(1).optional().describe("resources/read this URI."),
  prompt: z.string().min(1).optional().describe("prompts/get this prompt, with arguments."),
  method: z.string().min(1).optional().describe("Any request method, with params."),
  notification: z
    .union([z.string().min(1), NotificationWaitSchema])
    .optional()
    .describe("Wait for this notification from the server."),
  /** For `tool` and `prompt`. */
  arguments: z.record(z.string(), z.unknown()).optional(),
  /** For `method`. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** `method` not in the protocol's list (a vendor extension): sent as written. */
  custom: z.boolean().optional(),
  answer: AnswerRulesSchema.optional().describe("How the server's sampling, elicitation and roots requests are answered during this step."),
  /** Captures: `{ id: $.path }` keeps that value of the result as `{{id}}` for later steps. */
  save: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a capture name is letters, digits and _"), z.string())
    .optional()
    .describe("Captures: { id: $.path } keeps that value as {{id}} for later steps."),
  expect: z.array(ExpectationSchema).optional(),
  /**
   * An eval (`inspector test --model …`): this message goes to each model with the server's
   * tools; the tools it calls run for real, and `calls:` / `reply:` judge what it did.
   * (`prompt:` already means prompts/get, so the model's message is `ask:`.)
   */
  ask: z.string().min(1).optional().describe("An eval: ask each --model this, with the server's tools; judge its calls: and reply:."),
  calls: z
    .union([z.literal("none"), z.array(ToolCallExpectationSchema).min(1, "calls: [] is written calls: none (the model calls no tool)")])
    .optional()
    .describe("For ask: the tool calls the model must make (each matched by one call), or none: it calls no tool."),
  inOrder: z.boolean().optional().describe("For ask: calls: are made in this order (other calls may come between, unless only:)."),
  only: z.boolean().optional().describe("For ask: the model makes no tool call beyond calls:."),
  reply: TextExpectationSchema.optional().describe("For ask: the model's last text contains this (or { matches: RE })."),
  runs: z.number().int().min(1).max(MAX_EVAL_RUNS).optional().describe("For ask: ask this many times per model (default 1)."),
  passRate: z.number().min(0).max(1).optional().describe("For ask: the share of runs that must pass, 0 to 1 (default 1: every run)."),
  maxTurns: z
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .describe(`For ask: the most answers of the model one run reads (default ${DEFAULT_EVAL_TURNS}).`),
  /** This step's time limit (default the collection's, else 30 000 ms). */
  timeoutMs: z.number().int().positive().optional(),
  skip: z.boolean().optional(),
});
export type Step = z.infer<typeof StepSchema>;
export const STEP_KINDS = ["tool", "resource", "prompt", "method", "notification", "ask"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Where the server is, when the command line names none. */
export const CollectionTargetSchema = z.union([
  z.strictObject({
    command: z.string().min(1),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().optional(),
  }),
  z.strictObject({
    url: z.string().url(),
    headers: z.record(z.string(), z.string()).optional(),
    transport: z.enum(["http", "sse"]).optional(),
  }),
]);
export type CollectionTarget = z.infer<typeof CollectionTargetSchema>;

export const CollectionSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The format's version; 1 when left out. */
  version: z.literal(COLLECTION_VERSION).optional(),
  name: z.string().optional(),
  target: CollectionTargetSchema.optional(),
  /** Values for `{{name}}`; a value may hold `${ENV}`. */
  variables: z.record(z.string(), z.unknown()).optional(),
  /** Every step's time limit unless it gives its own. */
  timeoutMs: z.number().int().positive().optional(),
  steps: z.array(StepSchema),
});
export type Collection = z.infer<typeof CollectionSchema>;

/** Which kind a step is (validated steps have exactly one). */
export function stepKind(step: Step): StepKind {
  return STEP_KINDS.find((k) => step[k] !== undefined) ?? "method";
}

/** Which kind an expectation is (validated ones have exactly one). */
export function expectationKind(e: Expectation): ExpectationKind {
  return EXPECTATION_KINDS.find((k) => e[k] !== undefined) ?? "path";
}

/** A step's name as reports show it: its own, else what it calls. */
export function stepName(step: Step, index: number): string {
  if (step.name) return step.name;
  const kind = stepKind(step);
  const what = step[kind];
  if (kind === "ask") return `${index + 1}: ask ${JSON.stringify(shorten(step.ask!, 60))}`;
  return `${index + 1}: ${kind} ${typeof what === "string" ? what : (what as { method: string }).method}`;
}

function shorten(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
