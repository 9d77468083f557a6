import { defineConfig } from "@playwright/test";

// A system Chromium when CHROMIUM_PATH says where (CI images without Playwright's download);
// otherwise Playwright's own (`npx playwright install chromium`).
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: ".",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [["list"]],
  use: { headless: true, launchOptions: { executablePath, args: ["--no-sandbox"] } },
});
