/**
 * The built task pane in real Chromium, outside Excel: office.js from node_modules loads and
 * reports no host, the pane says so, switches to Khmer and renders it with the bundled font.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/strings";
import { OUT, SCREENSHOTS, STEP_TIMEOUT, describeInChromium, isLocal, usePane } from "./support/paneSession";

const DIST = path.join(OUT, "e2e-dist");
const OUTSIDE_EXCEL_EN = "Running outside Excel — open this page from the add-in in Excel to work on a workbook.";

/**
 * The one request allowed off this machine, and blocked by the test: outside an Office client,
 * office.js (o15apptofilemappingtable.js, its "ULSEndpointProxy") adds a hidden telemetry iframe
 * 3 s after it loads. Inside Excel that file is not used. Nothing our bundle asks for may leave.
 */
const OFFICE_JS_TELEMETRY_FRAME =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
const OFFICE_JS_TELEMETRY_DELAY_MS = 3_000;

jest.setTimeout(STEP_TIMEOUT);

describeInChromium("task pane in Chromium, outside Excel", () => {
  const pane = usePane({ dist: DIST });
  let page: Page;
  beforeAll(() => {
    page = pane.page;
  });
  it("loads office.js from the build and says it is running outside Excel", async () => {
    await waitForStatus(page, OUTSIDE_EXCEL_EN, 20_000);

    await expect(page.title()).resolves.toBe("Policy Tracker");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Policy Tracker");
    await expect(page.getByRole("status").textContent()).resolves.toBe(OUTSIDE_EXCEL_EN);
    await expect(page.evaluate(() => typeof Office)).resolves.toBe("object");
    expect(pane.requests.some((url) => new URL(url).pathname === "/office-js/office.js")).toBe(true);

    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-en.png") });
  });

  it("switches every visible string to Khmer and renders it with the bundled Noto Sans Khmer", async () => {
    const km = STRINGS.km;
    await page.getByRole("radio", { name: "ខ្មែរ" }).check();
    await waitForStatus(page, km.outsideExcel);

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(km.title);
    await expect(page.title()).resolves.toBe(km.title);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("km");
    await expect(page.getByRole("radiogroup", { name: km.languageLabel }).isVisible()).resolves.toBe(true);
    const visible = await page.evaluate(() => document.body.innerText);
    for (const text of [km.title, km.council, km.purpose, km.languageLabel, km.statusLabel, km.outsideExcel]) {
      expect(visible).toContain(text);
    }
    for (const text of [
      STRINGS.en.title,
      STRINGS.en.council,
      STRINGS.en.purpose,
      STRINGS.en.statusLabel,
      OUTSIDE_EXCEL_EN,
    ]) {
      expect(visible).not.toContain(text);
    }

    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const khmerFaces = await page.evaluate(() =>
      [...document.fonts]
        .filter(
          (face) => face.family.replace(/["']/g, "") === "Noto Sans Khmer" && face.unicodeRange.includes("U+1780"),
        )
        .map((face) => `${face.weight}:${face.status}`),
    );
    expect(khmerFaces).toContain("400:loaded");
    await expect(page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', "ក"))).resolves.toBe(true);
    expect(pane.requests.some((url) => /\/fonts\/noto-sans-khmer-khmer-400-normal\.[0-9a-f]+\.woff2$/.test(url))).toBe(true);

    // What Chromium actually drew the Khmer status line with (the machine may have Khmer OS fonts).
    const fonts = await platformFonts(page, "[data-testid=status-line]");
    expect(fonts).toContainEqual(expect.objectContaining({ familyName: "Noto Sans Khmer", isCustomFont: true }));
    expect(fonts.filter((font) => !font.isCustomFont && !/^Segoe UI/.test(font.familyName))).toEqual([]);

    await page.screenshot({ path: path.join(SCREENSHOTS, "taskpane-km.png") });
  });

  it("switches back to English", async () => {
    await page.getByRole("radio", { name: "English" }).check();
    await expect(page.getByRole("status").textContent()).resolves.toBe(OUTSIDE_EXCEL_EN);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
  });

  it("shows every panel outside Excel, with the Excel actions disabled and the catalogue import available", async () => {
    const en = STRINGS.en;
    const panels = [
      ["setUp", [en.setUpButton]],
      ["validate", [en.validateButton]],
      ["submit", [en.prepareButton, en.nextQuarterButton]],
      // Building a report needs no Excel, only files: disabled until some are chosen.
      ["consolidate", [en.buildButton]],
    ] as const;
    for (const [panel, buttons] of panels) {
      await page.locator(`#tab-${panel}`).click();
      await expect(page.locator(`#tab-${panel}`).getAttribute("aria-selected")).resolves.toBe("true");
      for (const name of buttons) await expect(page.getByRole("button", { name }).isDisabled()).resolves.toBe(true);
      if (panel === "validate") {
        await expect(page.getByRole("switch", { name: en.liveLabel }).isDisabled()).resolves.toBe(true);
      }
    }
    // The tabs are one tab stop; the arrow keys move between panels.
    await page.locator("#tab-consolidate").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("#tab-about").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-about");
    await expect(page.getByRole("button", { name: en.importButton }).isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId("catalogue-version").textContent()).resolves.toMatch(/\S/);
    await page.keyboard.press("Home");
    await expect(page.locator("#tab-setUp").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByRole("status").textContent()).resolves.toBe(OUTSIDE_EXCEL_EN);
  });

  it("stays on localhost and shows or logs no errors", async () => {
    // Give office.js time to make its delayed telemetry request, so the check below is not luck.
    await page.waitForTimeout(Math.max(0, pane.loadedAt + OFFICE_JS_TELEMETRY_DELAY_MS + 1_000 - Date.now()));

    expect(pane.requests.filter((url) => !isLocal(url) && url !== OFFICE_JS_TELEMETRY_FRAME)).toEqual([]);
    expect(pane.failedRequests.filter((failure) => !failure.startsWith(`${OFFICE_JS_TELEMETRY_FRAME} `))).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors).toEqual([]);
    await expect(page.getByTestId("error-bar").count()).resolves.toBe(0);
  });
});

async function waitForStatus(page: Page, text: string, timeout?: number): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector("[data-testid=status-line]")?.textContent === expected,
    text,
    { timeout },
  );
}

/** The fonts Chromium actually used for the text under `selector` (DevTools protocol). */
interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

async function platformFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
