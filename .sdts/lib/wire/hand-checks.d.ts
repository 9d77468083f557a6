/**
 * Hand-written checks for the page's per-call traffic (the `call-tool` and `request` commands,
 * their replies, and the events the page receives for a call): the same verdicts as the zod schemas in protocol.ts and replies.ts, without
 * building zod's parse context for every call (timed alone, the two backend parses went from about
 * 1.7 to 1.1 µs a call; a profile at load had said 16 µs: bench/README.md).
 *
 * Each check is stricter than its schema, never looser: it answers only for a value it can vouch
 * for (and then with what zod would return), and undefined for anything else, which then goes to
 * zod itself, so every error message stays zod's (test/wire/hand-checks.test.ts compares both on
 * the same inputs). Values come from JSON.parse on the backend, or from the engine's own outcomes.
 * The command and event types are the caller's type parameter: this module stays out of
 * protocol.ts's imports, which use it (no import cycle).
 */
import type { RequestOutcome, ToolCallOutcome } from "./outcomes";
/**
 * A `call-tool` or `request` command as CommandSchema would parse it (unknown keys dropped,
 * `arguments` defaulted), or undefined: then CommandSchema decides (another type, a value that
 * does not fit, a `task`).
 */
export declare function commandByHand<Command>(json: unknown): Command | undefined;
/**
 * The reply to a `call-tool` or `request` command, when it fits its schema with no key the schema
 * would drop (then zod's parse returns the same data, so this returns the value itself); undefined
 * for every other reply, which replies.ts then checks with zod.
 */
export declare function replyByHand(type: string, value: unknown): ToolCallOutcome | RequestOutcome | undefined;
/**
 * The backend's per-call events as the page receives them (JSON.parse'd): `accepted`, `reply`, and
 * `entries` of plain message entries, when they fit EventSchema with no key it would drop (then
 * zod returns the same data, so this returns the value itself); undefined for anything else,
 * which EventSchema then checks.
 */
export declare function eventByHand<WireEvent>(json: unknown): WireEvent | undefined;
