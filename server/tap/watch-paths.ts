import { watch, type FSWatcher } from "node:fs";
import { visible } from "../../lib/text/visible";

/** Quiet time after a watched file changes before the restart (an editor's save is several events). */
const WATCH_SETTLE_MS = 200;

/** `--watch PATH…`: `changed` once a change has settled; a path that cannot be watched is said, not fatal. Shared by the stdio and HTTP taps. */
export function startWatching(paths: readonly string[], changed: (file: string) => void, say: (t: string) => void): FSWatcher[] {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return paths.flatMap((p) => {
    try {
      const w = watch(p, { recursive: true }, (_event, name) => {
        clearTimeout(timer);
        timer = setTimeout(() => changed(name ? `${p}/${name}` : p), WATCH_SETTLE_MS);
      });
      w.on("error", (e) => say(`cannot watch ${visible(p)}: ${e.message}`));
      return [w];
    } catch (e) {
      say(`cannot watch ${visible(p)}: ${(e as Error).message}`);
      return [];
    }
  });
}
