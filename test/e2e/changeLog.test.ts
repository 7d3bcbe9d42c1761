/**
 * The change log from the pane, in Chromium on the Excel fake: the official names themselves once,
 * their typing is recorded under that name in the very hidden log sheet, and the name is there
 * again when the pane is opened on the same workbook later.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { AUDIT_SHEET } from "../../src/domain/statusSheet/auditLog";
import type { Quarter } from "../../src/domain/periods/periods";
import { STRINGS } from "../../src/taskpane/strings";
import { onFake } from "./support/onFake";
import { OUT, STEP_TIMEOUT, describeInChromium, usePane } from "./support/paneSession";
import { photograph, setLanguage } from "./support/panePhotos";

const DIST = path.join(OUT, "e2e-changelog-dist");
const FAKE_DIST = path.join(OUT, "e2e-changelog-script");
const en = STRINGS.en;
const km = STRINGS.km;

jest.setTimeout(STEP_TIMEOUT);

describeInChromium("the change log, from the task pane", () => {
  const pane = usePane({ dist: DIST, fake: { scriptDir: FAKE_DIST } });
  let page: Page;
  beforeAll(() => {
    page = pane.page;
  });

  const officerField = () => page.getByRole("textbox", { name: en.changeLogLabel });
  const count = () => page.getByTestId("change-log-count").textContent();
  const log = () =>
    onFake(page, (fake, sheet) => (fake.state.sheets.some((s) => s.name === sheet) ? { visibility: fake.sheet(sheet).visibility, rows: fake.values(`${sheet}!A1:J3`) } : undefined), AUDIT_SHEET);

  it("records a typed change under the name given in the pane", async () => {
    await page.getByLabel(en.quarterLabel).selectOption("2026-Q3" as Quarter);
    await page.getByRole("button", { name: en.setUpButton }).click();
    await page.getByTestId("setup-result").waitFor();
    await expect(count()).resolves.toBe(en.changeLogCount(0));
    await officerField().fill("Sokha Chan");
    await onFake(page, async (fake) => void (await fake.user.type("Status!G4", 40)));
    await page.getByTestId("change-log-count").filter({ hasText: en.changeLogCount(1) }).waitFor();
    const written = await log();
    expect(written?.visibility).toBe("VeryHidden");
    expect(written?.rows[1]).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT/), "local", "Sokha Chan", "G4", expect.any(String), "progress", "", "40", 1, ""]);
    await setLanguage(page, "km");
    await expect(count()).resolves.toBe(km.changeLogCount(1));
    await expect(page.getByRole("textbox", { name: km.changeLogLabel }).inputValue()).resolves.toBe("Sokha Chan");
    await setLanguage(page, "en");
    await photograph(page, "change-log");
  });

  it("knows the name again when the pane is opened on the same workbook", async () => {
    await page.reload({ waitUntil: "load" });
    await page.getByTestId("status-line").filter({ hasText: en.workbookName("DGC status (Excel fake).xlsx") }).waitFor();
    await page.waitForFunction((label) => {
      const input = [...document.querySelectorAll("input")].find((i) => i.labels?.[0]?.textContent?.includes(label));
      return input?.value === "Sokha Chan";
    }, en.changeLogLabel);
    expect(pane.pageErrors).toEqual([]);
  });
});
