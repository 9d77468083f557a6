import { tellingLine } from "../lib/text/telling-line";

/**
 * What a failed start's headline says first: the stderr line that tells why (tellingLine), and
 * the message with that line taken off its end when the engine already appended it, so the page
 * never says it twice. Without a telling line, the message as it is.
 */
export function failureHeadline(message: string, stderrTail: readonly string[]): { telling?: string; rest: string } {
  const telling = tellingLine(stderrTail);
  if (!telling) return { rest: message };
  const suffix = `: ${telling}`;
  return { telling, rest: message.endsWith(suffix) ? message.slice(0, -suffix.length) : message };
}
