/**
 * Streamed tool input (`ui/notifications/tool-input-partial`, MCP Apps): what a host sends while
 * the model is still writing the tool's arguments, so an App can render them as they come. The
 * inspector has no model: it replays the run's arguments as a model would stream them, key by
 * key in their order, each string growing in chunks, every other value whole when its key comes.
 * Each step is a complete, valid object (as a host heals the partial JSON before sending it).
 */

/** At most this many partial steps for one run (then the full tool-input). */
export const PARTIAL_STEPS_MAX = 40;
/** A string grows in at most this many chunks. */
const CHUNKS_PER_STRING = 6;

/** The partial arguments, in order; the last is not the whole input (the host's tool-input is). */
export function partialInputSteps(args: Record<string, unknown>): Record<string, unknown>[] {
  const steps: Record<string, unknown>[] = [];
  const sofar: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === "string" && value.length > 1) {
      const size = Math.max(1, Math.ceil(value.length / CHUNKS_PER_STRING));
      for (let end = size; end < value.length; end += size) steps.push({ ...sofar, [key]: value.slice(0, end) });
    }
    sofar[key] = value;
    steps.push({ ...sofar });
  }
  // The whole input is the host's tool-input, not a partial one.
  if (steps.length && JSON.stringify(steps[steps.length - 1]) === JSON.stringify(args)) steps.pop();
  if (steps.length <= PARTIAL_STEPS_MAX) return steps;
  // Evenly thinned, in order, keeping the last.
  const every = steps.length / PARTIAL_STEPS_MAX;
  return Array.from({ length: PARTIAL_STEPS_MAX }, (_, i) => steps[Math.min(steps.length - 1, Math.floor((i + 1) * every) - 1)]);
}
