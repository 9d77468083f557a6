// The licenses of the third-party code the package's bundles carry, in one text file: the
// packages esbuild put into the backend and the demo (from its metafiles), and the page's
// packages with what they depend on (Next.js bundles those itself, without a metafile).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const PAGE_PACKAGES = [
  "next",
  "react",
  "react-dom",
  "@tanstack/react-query",
  "@tanstack/react-virtual",
  "@rjsf/core",
  "@rjsf/utils",
  "@rjsf/validator-ajv8",
  "ajv",
  "ajv-formats",
  "zod",
  "monaco-editor",
];

export function writeNotices(root, metafiles, outFile) {
  const dirs = new Set();
  for (const meta of metafiles)
    for (const input of Object.keys(meta.inputs)) {
      const dir = packageDirOf(root, input);
      if (dir) dirs.add(dir);
    }
  for (const name of PAGE_PACKAGES) addWithDependencies(root, path.join(root, "node_modules", name), dirs);
  const sections = [...dirs]
    .map((dir) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")))
    .map((pkg, i) => ({ pkg, dir: [...dirs][i] }))
    .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name))
    .map(({ pkg, dir }) => {
      const license = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "see the package");
      const text = licenseText(dir);
      const repo = typeof pkg.repository === "string" ? pkg.repository : (pkg.repository?.url ?? "");
      return `${pkg.name} ${pkg.version}  (${license})${repo ? `  ${repo}` : ""}\n${text ? `\n${text.trim()}\n` : ""}`;
    });
  writeFileSync(
    outFile,
    `Third-party code in this package's bundles (dist/inspector.mjs, dist/demo, dist/page), with its licenses.\n\n${sections.join("\n" + "-".repeat(72) + "\n\n")}`,
  );
}

function packageDirOf(root, input) {
  const m = /^(.*node_modules\/)(@[^/]+\/[^/]+|[^/]+)\//.exec(input);
  return m ? path.resolve(root, m[1] + m[2]) : undefined;
}

function addWithDependencies(root, dir, dirs) {
  if (dirs.has(dir) || !existsSync(path.join(dir, "package.json"))) return;
  dirs.add(dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const nested = path.join(dir, "node_modules", dep);
    addWithDependencies(root, existsSync(nested) ? nested : path.join(root, "node_modules", dep), dirs);
  }
}

function licenseText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return file ? readFileSync(path.join(dir, file), "utf8") : "";
}
