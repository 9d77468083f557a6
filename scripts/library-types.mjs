// The test library's .d.ts, one per entry (dts-bundle-generator), in a worker thread of its own:
// it is a whole TypeScript program of the backend (about 50 CPU seconds), so scripts/build.mjs
// runs it on one core while Next.js builds the page on the other (issue 76).
// Worker data: { root, entries } with entries [name, source under server/][].
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { workerData } from "node:worker_threads";
import { generateDtsBundle } from "dts-bundle-generator";

const { root, entries } = workerData;
const out = path.join(root, "dist/lib");
const dts = generateDtsBundle(
  // inlineDeclareExternals keeps `declare module "vitest" { interface Matchers … }`: without it
  // the matchers exist at run time but `expect(r).toBeToolSuccess()` fails a user's typecheck.
  entries.map(([, src]) => ({
    filePath: path.join(root, "server", src),
    output: { noBanner: true, inlineDeclareExternals: true },
  })),
  { preferredConfigPath: path.join(root, "tsconfig.server.json") },
);
// inlineDeclareExternals takes every `declare module` of the whole program into every entry's
// .d.ts: each keeps only the augmentations its own source declares (vitest.d.ts no `declare
// module "expect"`, which would fail the typecheck of a project without Jest; test/test-library/matchers-dts.test.ts).
const own = (src, text) =>
  text.replace(/^declare module "([^"]+)" \{\n[\s\S]*?^\}\n/gm, (block, name) =>
    readFileSync(path.join(root, "server", src), "utf8").includes(`declare module "${name}"`) ? block : "",
  );
entries.forEach(([name, src], i) => writeFileSync(path.join(out, `${name}.d.ts`), own(src, dts[i])));
