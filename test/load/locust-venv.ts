import { pinnedVenv, VENVS } from "../../scripts/test-fixtures.mjs";

/** Locust, pinned: the version the exported file was written and tested against. */
export const LOCUST_VERSION = VENVS.locust.version;
const VENV = pinnedVenv(VENVS.locust);

/**
 * Locust from PyPI in a virtual environment of the tests' own, made once and reused: `npm test`
 * makes it in its fixtures stage (scripts/test-fixtures.mjs) before vitest starts; a file run
 * alone makes it here (about half a minute). Returns the venv's bin folder.
 */
export async function ensureLocust(): Promise<string> {
  await VENV.ensure();
  return VENV.bin;
}
