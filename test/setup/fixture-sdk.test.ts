// The fixture servers load their SDK from a bundle the fixtures stage makes (test/fixtures/sdk/load.mjs,
// issue 89). A bundle that lost a name, or a shim naming something the SDK does not export, would
// hand a fixture `undefined` instead of failing its import: both are checked here.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { FIXTURE_SDKS, fixtureSdk } from "../../scripts/test-fixtures.mjs";
import { sdkBundleDir, sdkEntries } from "../fixtures/sdk/load.mjs";
import { FIXTURES } from "../helpers/targets";

const SDK_DIR = path.join(FIXTURES, "sdk");
const load = (file: string) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;

describe.each(FIXTURE_SDKS)("the fixture servers' SDK %s", (sdk) => {
  test("each bundled entry exports what the entry itself exports, each of the same kind", async () => {
    const dir = await fixtureSdk(sdk);
    expect(dir).toBe(sdkBundleDir(sdk));
    expect(sdkEntries(sdk).length).toBeGreaterThan(0);
    for (const entry of sdkEntries(sdk)) {
      const [bundled, plain] = await Promise.all([load(path.join(dir, entry)), load(path.join(SDK_DIR, entry))]);
      expect(Object.keys(bundled).sort(), entry).toEqual(Object.keys(plain).sort());
      for (const name of Object.keys(plain)) expect(typeof bundled[name], `${entry} ${name}`).toBe(typeof plain[name]);
    }
  });
});

test("every name a fixture imports from the shims is defined", async () => {
  for (const shim of ["v1.mjs", "v1-http.mjs", "v2.mjs"]) {
    const names = Object.entries(await load(path.join(SDK_DIR, shim)));
    expect(names.length, shim).toBeGreaterThan(0);
    for (const [name, value] of names) expect(value, `${shim} ${name}`).toBeDefined();
  }
});
