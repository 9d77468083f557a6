#!/usr/bin/env node
// `node scripts/otelcol.mjs`: builds the OpenTelemetry Collector the interop test runs
// (test/otel/collector/: the OTLP receiver and the file exporter, at the release its go.mod pins)
// into node_modules/.cache/otelcol/, once; later runs reuse the binary. Prints its path.
// The modules come from the Go module proxy as go.sum pins them: -mod=readonly, never tidied here.
// `--if-built`: print the path only when it is built already (exit 3 otherwise), build nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "test/otel/collector");
// Named by what it is built from, so a changed pin builds anew.
const hash = createHash("sha256");
for (const f of ["go.mod", "go.sum", "main.go"]) hash.update(readFileSync(path.join(src, f)));
const out = path.join(root, "node_modules/.cache/otelcol", `otelcol-${hash.digest("hex").slice(0, 12)}`);
if (!existsSync(out) && process.argv.includes("--if-built")) process.exit(3);
if (!existsSync(out)) {
  mkdirSync(path.dirname(out), { recursive: true });
  const r = spawnSync("go", ["build", "-mod=readonly", "-trimpath", "-o", out, "."], {
    cwd: src,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CGO_ENABLED: "0" },
  });
  if (r.error) {
    console.error(`otelcol: cannot run go (${r.error.message}); install Go 1.26 to build the collector`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(out);
