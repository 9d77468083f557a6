// `npm test`'s stages and their order (scripts/test.mjs runs them; test/setup/test-stages.test.ts
// holds what the order must keep).

/** Each stage, and the stages it comes after. */
export const STAGES = {
  // Prettier reads only the sources.
  "format:check": [],
  // The page (Next.js, ~20 s) writes the route types (.next/types) that tsc -b and oxlint read
  // (tsconfig.page.json).
  "build:page": [],
  // The backend, the demo and the test library with its .d.ts (TypeScript's declarations of the
  // library, bundled: ~11 CPU s). Nothing the checks read is written here (dist/), so they run
  // beside it instead of after it.
  "build:node": [],
  // ESLint reads no types (eslint.config.mjs), so nothing the page's build writes: it runs from the start.
  lint: [],
  // Both read the page's route types, so after the page's build, never beside it (a file read while
  // Next rewrites it); neither writes what the other reads. The build no longer type-checks the
  // page: tsc -b does (next.config.mjs). The lint's one type-aware rule is oxlint's (.oxlintrc.json).
  typecheck: ["build:page"],
  "lint:promises": ["build:page"],
  // The tests' peers that only download and compile (the Python venvs, the Go fixture servers, the
  // fixture servers' SDK bundles: scripts/test-fixtures.mjs): pip and the Go module proxy wait on the network, then pip and
  // `go build` take a core, beside the build and the checks rather than inside the first vitest
  // file that needs them (issue 89). Made under node_modules/.cache, which the checks never read.
  fixtures: [],
  // The suites start real servers with timeouts and run what the whole build wrote and the peers
  // made: each has the cores to itself (vitest four workers, Playwright three), after everything
  // before it passed.
  "test:unit": ["format:check", "build:page", "build:node", "typecheck", "lint", "lint:promises", "fixtures"],
  e2e: ["test:unit"],
};

/** The stages that reach the network: the registries' downloads of the tests' peers (scripts/test-fixtures.mjs). */
export const NETWORK_STAGES = ["fixtures"];

/**
 * The environment `stage` runs in. Node reads NODE_EXTRA_CA_CERTS (a machine's own certificate
 * authorities, for a proxy to the registries) at the start of every process, whether or not it
 * ever opens a TLS connection: 70-80 ms of CPU a start on the 2-core machine, against ~45 for all
 * the rest of an empty `node -e 0` (bench/README, "Node's start"). The builds, the checks and both
 * suites talk to nothing but loopback, and the suites start Node some thousands of times (the
 * tests' CLI runs, the launchers, the user projects' runners); so only the stages that download
 * keep it.
 */
export function stageEnv(stage, env) {
  if (NETWORK_STAGES.includes(stage) || env.NODE_EXTRA_CA_CERTS === undefined) return env;
  const { NODE_EXTRA_CA_CERTS: _dropped, ...rest } = env;
  return rest;
}

/** The stages `s` comes after, directly or through another. */
export const after = (s) => new Set(STAGES[s].flatMap((d) => [d, ...after(d)]));
