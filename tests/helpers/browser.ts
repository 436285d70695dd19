// Real-browser tests drive Debian's Chromium through playwright-core; no browser is ever downloaded.
// Without /usr/bin/chromium the browser tests are skipped with a loud warning, except under CI (any
// CI value but "0" or "false", or TILLIT_REQUIRE_BROWSER=1, which .ci/run sets), where .ci/run
// installs Chromium and its absence is a failure.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserAvailable = existsSync(CHROMIUM);
export const artifactsDir = path.resolve(import.meta.dirname, "../../test-artifacts");

/** Whether a missing browser must fail the run rather than skip the browser tests. */
export function browserRequired(env: NodeJS.ProcessEnv): boolean {
  const ci = (env.CI ?? "").trim().toLowerCase();
  return (ci !== "" && ci !== "0" && ci !== "false") || env.TILLIT_REQUIRE_BROWSER === "1";
}

if (!browserAvailable) {
  if (browserRequired(process.env)) throw new Error(`Browser tests need Chromium at ${CHROMIUM}; .ci/run installs it (apt-get install chromium).`);
  process.stderr.write(`\n*** ${CHROMIUM} not found: SKIPPING the real-browser tests. Install it with: apt-get install -y chromium ***\n\n`);
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** Signs in to the staff inbox on an open page and waits for the conversation list. */
export async function signInToInbox(page: Page, baseUrl: string, login: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/staff`);
  await page.getByLabel("E-post").fill(login.email);
  await page.getByLabel("Lösenord").fill(login.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.locator("#conversation-list li").first().waitFor();
}

/** The SMS simulator on a phone-sized page, writing from this number. */
export async function simulatorPage(browser: Browser, baseUrl: string, phone: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.setDefaultTimeout(8000);
  await page.goto(`${baseUrl}/simulator`);
  await page.getByLabel("Ditt mobilnummer").fill(phone);
  await page.getByRole("button", { name: "Byt nummer" }).click();
  // Ready once the page listens for replies and has read the history.
  await page.locator("#status", { hasText: "Du skriver som" }).waitFor();
  return page;
}

/** Sends one text from the simulator page. */
export async function textFromSimulator(page: Page, body: string): Promise<void> {
  const box = page.getByLabel("Meddelande", { exact: true });
  await box.fill(body);
  await box.press("Enter");
}
