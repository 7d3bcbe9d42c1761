import path from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS } from "./paneSession";

/** Switches the pane's language with its own switch, and waits until the page says so. */
export async function setLanguage(page: Page, lang: "en" | "km"): Promise<void> {
  await page.getByRole("radio", { name: lang === "en" ? "English" : "ខ្មែរ" }).click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
}

/** A panel in English and in Khmer, as the official sees it at 350 px (whole panel, scrolled): panel-NAME-LANG.png. */
export async function photograph(page: Page, name: string): Promise<void> {
  for (const lang of ["en", "km"] as const) {
    await setLanguage(page, lang);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `panel-${name}-${lang}.png`), fullPage: true, animations: "disabled" });
  }
  await setLanguage(page, "en");
}
