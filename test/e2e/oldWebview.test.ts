/**
 * The production build's taskpane.html and commands.html in Chromium, told it is Internet Explorer
 * 11 or the old Edge by its user agent (the guard reads nothing else): the pane shows why it cannot
 * run there and what to use instead, in English and Khmer, and its script stays out of the way; the
 * ribbon's command completes as a no-op. With Chromium's own user agent the pane starts as usual.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parse } from "acorn";
import type { CDPSession, Page } from "playwright-core";
import { inlineScripts } from "../support/inlineScripts";
import { launchChromium, type Browser } from "./support/browser";
import { buildPane } from "./support/buildPane";
import { OUT, PANE, SCREENSHOTS, SETUP_TIMEOUT, STEP_TIMEOUT, describeInChromium, isLocal } from "./support/paneSession";
import { serveStatic, type StaticServer } from "./support/staticServer";

const DIST = path.join(OUT, "e2e-old-webview-dist");

const AGENTS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
} as const;

jest.setTimeout(STEP_TIMEOUT);

describeInChromium("an old Office webview (Trident, EdgeHTML) gets a message, not a blank pane", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await rm(DIST, { recursive: true, force: true });
    await buildPane(DIST, "production");
    server = await serveStatic(DIST);
    browser = await launchChromium(PANE);
    await browser.context.route(
      (url) => !isLocal(url.href),
      (route) => route.abort("blockedbyclient"),
    );
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, SETUP_TIMEOUT);

  let cdp: CDPSession | undefined;
  /** Navigates as a browser with this user agent (navigator.userAgent included), through DevTools' emulation. */
  async function openAs(file: string, userAgent: string): Promise<void> {
    cdp ??= await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setUserAgentOverride", { userAgent });
    await page.goto(`${server.origin}/${file}`, { waitUntil: "load" });
  }

  it("the production pages' guards parse as ECMAScript 5", async () => {
    for (const file of ["taskpane.html", "commands.html"]) {
      const scripts = inlineScripts(await readFile(path.join(DIST, file), "utf8"));
      expect(scripts).toHaveLength(1);
      expect(() => parse(scripts[0]!, { ecmaVersion: 5 })).not.toThrow();
    }
  });

  it.each(Object.entries(AGENTS))("%s: the pane says what to use instead, in English and Khmer", async (name, userAgent) => {
    await openAs("taskpane.html", userAgent);
    await expect(page.evaluate(() => navigator.userAgent)).resolves.toBe(userAgent);
    const message = page.locator("#old-webview");
    await message.waitFor({ state: "visible" });
    const english = (await message.locator("[lang=en]").innerText()).replace(/\s+/g, " ");
    const khmer = (await message.locator("[lang=km]").innerText()).replace(/\s+/g, " ");
    expect(english).toContain("Policy Tracker needs a newer Excel");
    expect(english).toContain("Use Excel from Microsoft 365, or Office 2021 or later.");
    expect(english).toContain("policy-tracker template");
    expect(english).toContain("policy-tracker validate");
    expect(khmer).toContain("កម្មវិធីតាមដានគោលនយោបាយ ត្រូវការ Excel ដែលថ្មីជាងនេះ");
    expect(khmer).toContain("សូមប្រើ Excel ពី Microsoft 365 ឬ Office 2021 ឬកំណែក្រោយៗទៀត។");
    expect(khmer).toContain("policy-tracker validate");
    // The pane's own script loaded and stood aside: nothing rendered, no error.
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/taskpane\.js$/.test(e.name)));
    await page.waitForTimeout(500);
    await expect(page.locator("#root").innerHTML()).resolves.toBe("");
    expect(pageErrors).toEqual([]);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(SCREENSHOTS, `old-webview-${name}.png`), fullPage: true, animations: "disabled" });
  });

  it("the ribbon's function file completes Check entries at once (a no-op), without an error", async () => {
    await openAs("commands.html", AGENTS.trident);
    const completed = await page.evaluate(() => {
      let calls = 0;
      (window as unknown as { validateWorkbook(event: { completed(): void }): void }).validateWorkbook({ completed: () => (calls += 1) });
      return calls;
    });
    expect(completed).toBe(1);
    await expect(page.evaluate(() => document.documentElement.hasAttribute("data-unsupported-webview"))).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("with Chromium's own user agent, the message stays hidden and the pane starts", async () => {
    const modern = await browser.context.newPage();
    modern.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    await modern.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    await expect(modern.evaluate(() => navigator.userAgent)).resolves.not.toMatch(/Trident|Edge\//);
    await modern.getByRole("heading", { level: 1, name: "Policy Tracker" }).waitFor();
    await expect(modern.locator("#old-webview").isVisible()).resolves.toBe(false);
    await expect(modern.evaluate(() => document.documentElement.hasAttribute("data-unsupported-webview"))).resolves.toBe(false);
    expect(pageErrors).toEqual([]);
    await modern.close();
  });
});
