import { generateKeyPairSync } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, repoPath, startInspector, test, type RunningInspector } from "./inspector";
import { openTab, pickTool } from "./protocol-helpers";
import { screenshots } from "./shots";

// Machine-to-machine OAuth in the page (issue 23 item 4): the Authorization fold's client
// credentials mode against the fixture authorization server, which grants client_credentials only
// (no login page at all) and verifies private_key_jwt assertions. No person, no browser tab.

/** Screenshots of the fold for a person to look at (CC_SHOTS=<folder>); none by default. */
const DIR = process.env.CC_SHOTS;

interface Fixture {
  url: string;
  assertions: unknown[];
  close(): Promise<void>;
}
const SECRET = "e2e-m2m-secret-0123456789";
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const PEM = ec.privateKey.export({ type: "pkcs8", format: "pem" }) as string;

let fixture: Fixture;
let inspector: RunningInspector | undefined;
test.beforeAll(async () => {
  const mod = (await import(pathToFileURL(repoPath("test/fixtures/oauth-as.mjs")).href)) as {
    startOAuthFixture(o: object): Promise<Fixture>;
  };
  fixture = await mod.startOAuthFixture({
    m2m: true,
    authMethods: ["client_secret_basic", "private_key_jwt"],
    signingAlgs: ["ES256"],
    clients: [
      { client_id: "robot", client_secret: SECRET, token_endpoint_auth_method: "client_secret_basic" },
      {
        client_id: "signer",
        token_endpoint_auth_method: "private_key_jwt",
        public_key: ec.publicKey.export({ type: "spki", format: "pem" }),
      },
    ],
  });
});
test.afterAll(() => fixture?.close());
test.afterEach(async () => {
  await inspector?.stop();
  inspector = undefined;
});

/** The connect form for the fixture's URL, its Authorization fold open in client-credentials mode. */
async function clientCredentialsForm(page: Page, clientId: string) {
  const form = page.getByRole("form", { name: "Target" });
  await form.getByRole("radio", { name: "Streamable HTTP" }).check();
  await form.getByLabel("URL", { exact: true }).fill(fixture.url);
  await form.getByText("Authorization (OAuth)").click();
  await form.getByLabel("When the server answers 401").selectOption("client-credentials");
  await form.getByLabel("Client id").fill(clientId);
  return form;
}

const connectButton = (page: Page) =>
  page.getByRole("form", { name: "Target" }).getByRole("button", { name: /^(Connect|Reconnect with these settings)$/ });

test("a client secret: connected with no login, every step shown, a tool called; the secret is in neither the page's storage nor the flow", async ({
  page,
}) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  const form = await clientCredentialsForm(page, "robot");
  await form.getByLabel("Client secret").fill(SECRET);
  await screenshots(DIR, page, "fold-secret", { view: form.getByTestId("auth-options"), viewShot: true });
  await connectButton(page).click();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");

  const view = (await openTab(page, "Server")).getByTestId("auth-view");
  await expect(view.getByTestId("auth-outcome")).toHaveAttribute("data-outcome", "authorized");
  for (const step of ["resource-metadata", "authorization-server-metadata", "registration", "token"])
    await expect(view.locator(`[data-testid="auth-step"][data-step="${step}"]`)).toBeVisible();
  await expect(view.locator('[data-testid="auth-step"][data-step="authorization"]')).toHaveCount(0);
  const token = view.locator('[data-testid="auth-exchange"][data-step="token"][data-status="200"]').first();
  await token.locator("summary").click();
  await expect(token).toContainText("grant_type=client_credentials");
  await expect(token).toContainText("authorization: Basic ••••");
  await expect(view).not.toContainText(SECRET);

  const tools = await pickTool(page, "echo");
  await tools.getByRole("button", { name: "Run tool" }).click();
  await expect(tools.getByTestId("tool-result")).toContainText("scope:");
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(SECRET);
});

test("a private key read from a file, ES256: the assertion verified by the server, the key never shown", async ({ page }, testInfo) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  const form = await clientCredentialsForm(page, "signer");
  await form.getByRole("radio", { name: "Private key" }).check();
  const file = testInfo.outputPath("signer.pem");
  const { writeFileSync } = await import("node:fs");
  writeFileSync(file, PEM);
  await form.getByLabel("…or read it from a file").setInputFiles(file);
  await expect(form.getByTestId("private-key-held")).toContainText(`Read signer.pem: a PKCS#8 key, ${PEM.length} characters`);
  await expect(form).not.toContainText(PEM.split("\n")[1]);
  await form.getByLabel("Signing algorithm").selectOption("ES256");
  await screenshots(DIR, page, "fold-key", { view: form.getByTestId("auth-options"), viewShot: true });
  const before = fixture.assertions.length;
  await connectButton(page).click();
  await expect(page.getByTestId("session-status")).toHaveText("Connected");
  expect(fixture.assertions.length).toBe(before + 1);
  const view = (await openTab(page, "Server")).getByTestId("auth-view");
  await expect(view.getByText(/private_key_jwt signed ES256/).first()).toBeVisible();
  await expect(view).not.toContainText(PEM.split("\n")[1]);
});

test("a wrong secret: the connection fails at the token step with the server's words", async ({ page }) => {
  inspector = await startInspector([]);
  await page.goto(inspector.url);
  const form = await clientCredentialsForm(page, "robot");
  await form.getByLabel("Client secret").fill("not-the-secret-e2e");
  await connectButton(page).click();
  await expect(page.getByTestId("session-status")).toHaveText(/failed/i);
  await expect(page.getByText("Authorization failed at the token request").first()).toBeVisible();
  await expect(page.getByText(/invalid_client: wrong secret/).first()).toBeVisible();
  await screenshots(DIR, page, "wrong-secret");
});
