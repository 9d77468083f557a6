import path from "node:path";

const base = (file: string) => path.basename(file).replace(/\.mcp-tests\.(ya?ml|json)$|\.(ya?ml|json)$/i, "");

/**
 * Each collection file's label in one run: the names of its recording (a failed run's, or
 * --save-session's FILE-<label>) and its page file. The file's own name, or, where two files of the
 * run share it (`a/smoke.yaml`, `b/smoke.yaml`), as many of its folders as tell them apart
 * (`a-smoke`, `b-smoke`): the second file's recording never overwrites the first's.
 */
export function runLabels(files: readonly string[]): (file: string, era?: string) => string {
  const dirs = (f: string) => path.dirname(path.resolve(f)).split(path.sep).filter(Boolean);
  const at = (f: string, depth: number) => [...dirs(f).slice(dirs(f).length - depth), base(f)].join("-");
  const unique = [...new Set(files.map((f) => path.resolve(f)))];
  const labels = new Map<string, string>();
  for (const f of unique) {
    const most = dirs(f).length;
    let depth = 0;
    while (depth < most && unique.some((g) => g !== f && at(g, depth) === at(f, depth))) depth++;
    labels.set(f, at(f, depth));
  }
  return (file, era) => (labels.get(path.resolve(file)) ?? base(file)) + (era ? `--${era}` : "");
}
