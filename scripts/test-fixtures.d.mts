/** A pinned pypi package in a venv of its own under node_modules/.cache. */
export interface VenvSpec {
  folder: string;
  pkg: string;
  version: string;
}
/** The pinned pypi packages the suite's peers run on. */
export const VENVS: { mcp: VenvSpec; fastmcp: VenvSpec; locust: VenvSpec };
/** A pinned npm package installed apart from devDependencies, under node_modules/.cache. */
export interface NpmPeerSpec {
  folder: string;
  pkg: string;
  version: string;
  /** Its file to run, relative to the package's folder. */
  entry: string;
}
/** The pinned npm peers (Qwen Code). */
export const NPM_PEERS: { qwen: NpmPeerSpec };
/** An npm peer: its entry file's path, and `ensure` that installs it when missing. */
export interface PinnedNpm {
  main: string;
  ensure(): Promise<string>;
}
export function pinnedNpm(spec: NpmPeerSpec): PinnedNpm;
/** The Go fixture servers, folders relative to the repository. */
export const GO_BUILDS: string[];
/** A venv holding one pinned pypi package: its python, its bin folder, and `ensure` that makes it when missing. */
export interface PinnedVenv {
  python: string;
  bin: string;
  ensure(): Promise<string>;
}
export function pinnedVenv(spec: VenvSpec): PinnedVenv;
/** Builds (or finds built) the Go program in `folder` (relative to the repository); returns the binary's path. */
export function goBuild(folder: string): Promise<string>;
/** The fixture servers' SDKs whose entries are bundled (test/fixtures/sdk/). */
export const FIXTURE_SDKS: string[];
/** Bundles (or finds bundled) the entries of the fixture servers' SDK `sdk`; returns the bundles' folder. */
export function fixtureSdk(sdk: string): Promise<string>;
/** Makes every venv, npm peer, Go build and fixture SDK bundle at once, each one's time to `log`; rejects if any failed. */
export function makeAll(log?: (line: string) => void): Promise<void>;
