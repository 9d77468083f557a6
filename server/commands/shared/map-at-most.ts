/**
 * `fn` over `items`, at most `n` at a time, the results in the items' order: the commands that
 * run several servers or recordings in one start (check of a host's file, `check --each`,
 * `replay A B …`) start a few at once and print in the order given.
 */
export async function mapAtMost<T, R>(items: readonly T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}
