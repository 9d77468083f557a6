import type { ErrorCount } from "./summary";

/** As the official CLI: ten kinds of message, the rest counted under "(other)". */
const MAX_KINDS = 10;
export const OTHER_ERRORS = "(other)";

/** Errors grouped by message, most frequent first; bounded however many distinct messages arrive. */
export class ErrorTally {
  private readonly counts = new Map<string, number>();
  private other = 0;

  add(message: string): void {
    const count = this.counts.get(message);
    if (count !== undefined) this.counts.set(message, count + 1);
    else if (this.counts.size < MAX_KINDS) this.counts.set(message, 1);
    else this.other++;
  }

  entries(): ErrorCount[] {
    const list = [...this.counts].map(([message, count]) => ({ message, count }));
    list.sort((a, b) => b.count - a.count);
    if (this.other > 0) list.push({ message: OTHER_ERRORS, count: this.other });
    return list;
  }
}
