// An MCP App under Playwright: the official basic App server (@modelcontextprotocol/server-basic-vanillajs)
// run as a command; its get-time tool's App rendered in the inspector's own App host, headless.
// Run: APP_SERVER=path/to/server-basic-vanillajs/dist/index.js npx playwright test
import { expect, test } from "mcp-inspector-harness/playwright";

test.use({ mcpServer: { command: process.execPath, args: [process.env.APP_SERVER!, "--stdio"] } });

test("Get Server Time asks the host for tools/call; Open Link is refused", async ({ mcpApp }) => {
  const app = await mcpApp.open("get-time");
  await app.frame.getByRole("button", { name: "Get Server Time" }).click();
  await expect(app.frame.locator("#server-time")).toHaveText(/\d{4}-\d\d-\d\dT/);
  expect(app.requests("tools/call").map((c) => c.params.name)).toEqual(["get-time"]);

  await app.frame.getByRole("button", { name: "Open Link" }).click();
  await expect.poll(() => app.requests("ui/open-link")).toHaveLength(1);
  await app.answerLink(false);
  await expect.poll(() => app.requests("ui/open-link")[0].response).toEqual({ result: { isError: true } });

  // The App bundles zod 4, whose load-time eval probe the App's CSP refuses (and the App survives).
  expect(app.cspViolations().filter((v) => !(v.directive === "script-src" && v.blockedUri === "eval"))).toEqual([]);
});
