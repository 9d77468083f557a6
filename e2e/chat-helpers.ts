import type { Page } from "@playwright/test";
import { expect } from "./inspector";
import { startScriptedModel, type ScriptedModel, type ScriptedTurn } from "../test/helpers/scripted-model";

// Shared by the Chat tab's specs (issue 40): the scripted model (test/fixtures/scripted-model.mjs)
// in this process, so a spec reads its request log and can say the model was, or was not, asked.

export const MODEL = "openai-compatible:scripted";

/** The scripted model on loopback; `requests` is every request it got, in order. */
export function scriptedModel(turns: ScriptedTurn[]): Promise<ScriptedModel> {
  return startScriptedModel({ turns });
}

/** The inspector flags that point the Chat tab at `model`. */
export const modelFlags = (model: ScriptedModel) => ["--model", MODEL, "--model-base-url", model.baseUrl];

/** The live page's Chat tab. */
export async function openChat(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("tab", { name: "Chat" }).click();
  return page.getByTestId("chat-view");
}

/** Send one message from the live Chat tab's composer. */
export async function say(page: Page, text: string) {
  const chat = page.getByTestId("chat-view");
  await chat.getByRole("textbox", { name: "Message" }).fill(text);
  await chat.getByRole("button", { name: "Send" }).click();
}

/** A tool call's card in `scope`, by the tool's name. */
export const toolCard = (scope: ReturnType<Page["getByTestId"]>, name: string) =>
  scope.getByTestId("chat-tool-call").filter({ has: scope.page().locator(".chat-tool-name", { hasText: new RegExp(`^${name}$`) }) });

/** Waits until the live turn has ended: the composer offers Send again. */
export async function turnEnded(page: Page) {
  await expect(page.getByTestId("chat-view").getByRole("button", { name: "Send" })).toBeVisible();
}
