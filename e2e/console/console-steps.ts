import { expect, type Locator, type Page } from "@playwright/test";

/** Page-level steps of the click-through, named as a user would describe them. */

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function createApi(page: Page, name: string, description: string): Promise<string> {
  await page.getByRole("button", { name: "Create API" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Description").fill(description);
  await dialog.getByRole("button", { name: "Create API" }).click();
  await page.waitForURL(/\/apis\/[a-z0-9]{10}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

/** One of the method designer's four boxes (Method request, Integration request, Integration response, Method response). */
export function flowBox(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

export async function selectResource(page: Page, path: string): Promise<void> {
  await page.getByTestId(`resource-${path}`).click();
  await expect(page.getByTestId("selected-resource-path")).toHaveText(path);
}

export async function addChildResource(page: Page, pathPart: string, expectedPath: string): Promise<void> {
  await page.getByLabel("Path part").fill(pathPart);
  await page.getByRole("button", { name: "Add resource" }).click();
  await expect(page.getByTestId("selected-resource-path")).toHaveText(expectedPath);
}

export async function addMethod(page: Page, httpMethod: string, resourcePath: string): Promise<void> {
  await page.getByLabel("HTTP method").selectOption(httpMethod);
  await page.getByRole("button", { name: "Add method" }).click();
  await expect(page.getByTestId("method-panel-title")).toHaveText(`${httpMethod} ${resourcePath}`);
}

export async function saveHttpProxy(page: Page, backendMethod: string, uri: string, timeoutMs: number): Promise<void> {
  await page.getByRole("radio", { name: "HTTP proxy" }).check();
  await page.getByLabel("Backend method").selectOption(backendMethod);
  await page.getByLabel("Endpoint URL").fill(uri);
  await page.getByLabel("Timeout (ms)").fill(String(timeoutMs));
  await page.getByRole("button", { name: "Save HTTP proxy integration" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

/** Replaces the text of a code editor, whether Monaco has loaded or the textarea fallback is still showing. */
export async function fillCodeEditor(page: Page, id: string, text: string): Promise<void> {
  const box = page.getByTestId(`${id}-editor`);
  await expect(box).toHaveAttribute("data-editor", "monaco");
  await box.locator(".monaco-editor").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText sends the text as one input, so Monaco's bracket and quote auto-closing does not kick in.
  await page.keyboard.insertText(text);
}

export async function saveMock(page: Page, statusCode: string, body: string): Promise<void> {
  await expect(page.getByRole("radio", { name: "Mock" })).toBeChecked();
  await page.getByLabel("Response status").fill(statusCode);
  await fillCodeEditor(page, "mock-response-body", body);
  await page.getByRole("button", { name: "Save mock integration" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

/** Deploys from the API page; `stage` is created when `newStage` is true. Lands on the stage page. */
export async function deploy(page: Page, stage: string, description: string, newStage: boolean): Promise<void> {
  await page.getByRole("button", { name: "Deploy API" }).click();
  const dialog = page.getByRole("dialog", { name: "Deploy API" });
  if (newStage) {
    await dialog.getByLabel("Stage", { exact: true }).selectOption("__new__");
    await dialog.getByLabel("Stage name").fill(stage);
  } else {
    await dialog.getByLabel("Stage", { exact: true }).selectOption(stage);
  }
  await dialog.getByLabel("Deployment description").fill(description);
  await dialog.getByRole("button", { name: "Deploy" }).click();
  await page.waitForURL(new RegExp(`/stages/${stage}$`));
}

export interface GatewayAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * Calls the gateway until it answers with `predicate` true: stages go live after the runtime's next config poll.
 * `init` is sent on every attempt (e.g. a POST with a body).
 */
export async function callUntil(url: string, predicate: (status: number, body: string) => boolean, timeoutMs = 20_000, init: RequestInit = {}): Promise<GatewayAnswer> {
  let last: GatewayAnswer = { status: 0, headers: new Headers(), body: "" };
  await expect
    .poll(
      async () => {
        const response = await fetch(url, init).catch(() => null);
        last = { status: response?.status ?? 0, headers: response?.headers ?? new Headers(), body: response ? await response.text() : "" };
        return predicate(last.status, last.body);
      },
      { timeout: timeoutMs, message: `gateway answer for ${url}` },
    )
    .toBe(true);
  return last;
}

/** Creates a function with the starter handler from the Functions page. Lands on the function's page (Code tab). */
export async function createFunction(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Create function" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create function" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Create function" }).click();
  await page.waitForURL(new RegExp(`/functions/${name}$`));
  await expect(page.getByRole("tab", { name: "Code" })).toHaveAttribute("aria-selected", "true");
}
