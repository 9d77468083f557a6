import type { FaultListener } from "../../engine";
import { visible } from "../../../lib/text/visible";

/**
 * Each fault below MCP on stderr as it happens (a reset, a close, an HTTP status, a stalled stream,
 * unread stdin, the server's death): `inspector: fault (connection-reset): WORDS`, whatever the
 * command's report on stdout says later. The first of each fault is said whole; `end` counts the
 * requests the same fault ended since (a load run meets it on every call).
 */
export function faultLines(err: (line: string) => void): { onFault: FaultListener; end(): void } {
  const more = new Map<string, number>();
  return {
    onFault: ({ fault, message }) => {
      const seen = more.get(fault);
      if (seen !== undefined) return void more.set(fault, seen + 1);
      more.set(fault, 0);
      err(`inspector: fault (${fault}): ${visible(message)}`);
    },
    end: () => {
      for (const [fault, n] of more) {
        if (n > 0) err(`inspector: fault (${fault}): ${n} more request${n === 1 ? "" : "s"} ended the same way`);
        more.set(fault, 0);
      }
    },
  };
}
