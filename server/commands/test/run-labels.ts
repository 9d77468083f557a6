import path from "node:path";

const base = (file: string) => path.basename(file).replace(/\.mcp-tests\.(ya?ml|json)$|\.(ya?ml|json)$/i, "");

/**
 * Each collection file's label in one run: the names of its recording (a failed run's, or
 * --save-session's FILE-<label>) and its page file. The file's own name, or, where two files of the
 * run share it (`a/smoke.yaml`, `b/smoke.yaml`), as many of its folders as tell them apart
 * (`a-smoke`, `b-smoke`): the second file's recording never overwrites the first's.
 */
export function runLabels(files: readonly string[]): (file: string, era?: string) => string {
  const parts = [...new Set(files.map((f) => path.resolve(f)))].map((file) => ({
    file,
    dirs: path.dirname(file).split(path.sep).filter(Boolean),
  }));
  const at = (p: { file: string; dirs: string[] }, depth: number) => [...p.dirs.slice(p.dirs.length - depth), base(p.file)].join("-");
  const labels = new Map<string, string>();
  for (const p of parts) {
    let depth = 0;
    while (depth < p.dirs.length && parts.some((q) => q !== p && at(q, depth) === at(p, depth))) depth++;
    labels.set(p.file, at(p, depth));
  }
  return (file, era) => (labels.get(path.resolve(file)) ?? base(file)) + (era ? `--${era}` : "");
}
