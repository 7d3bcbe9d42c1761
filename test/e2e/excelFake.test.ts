/**
 * The built task pane in real Chromium, inside "Excel": the strict Excel fake (test/excel-fake),
 * bundled for the browser and installed as the Office.js globals before the pane's bundle runs.
 * An official sets up a DGC workbook, types and pastes entries (one pasted value out of range),
 * sees the issue live, validates, jumps to the cell, fixes it, submits, starts the next quarter,
 * and imports an official catalogue. Every step is checked on the fake workbook's cells and on the
 * pane, and each panel is photographed in English and Khmer.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { META_SHEET, STATUS_TABLE, headerRow } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { statusSheetTitle } from "../../src/domain/statusSheet/sheetContract";
import { describeExcelError } from "../../src/excel/errors";
import { STRINGS } from "../../src/taskpane/strings";
import type { ExcelFake } from "../excel-fake";
import { FAKE_WORKBOOK_NAME } from "./support/fakeEntry";
import { onFake } from "./support/onFake";
import { OUT, STEP_TIMEOUT, describeInChromium, isLocal, usePane } from "./support/paneSession";
import { photograph, setLanguage } from "./support/panePhotos";

const DIST = path.join(OUT, "e2e-fake-dist");
const FAKE_DIST = path.join(OUT, "e2e-fake-script");

const en = STRINGS.en;
const km = STRINGS.km;
const QUARTER = "2026-Q3" as Quarter;
const catalogue = bundledCatalogue();
const measures = committeeMeasures(catalogue, "DGC");
const ROWS = measures.length;
const LAST_ROW = 3 + ROWS;
/** The body row (0-based) whose progress is pasted as "150", and its cell. */
const BAD_ROW = 1;
const BAD_CELL = `G${4 + BAD_ROW}`;

jest.setTimeout(STEP_TIMEOUT);

describeInChromium("task pane in Chromium, inside Excel (the Excel fake)", () => {
  const pane = usePane({ dist: DIST, fake: { scriptDir: FAKE_DIST } });
  let page: Page;
  beforeAll(() => {
    page = pane.page;
  });

  const openPanel = (name: "setUp" | "validate" | "submit" | "about") => page.locator(`#tab-${name}`).click();
  const waitForVerdict = (text: string) =>
    page.waitForFunction(
      (expected) => document.querySelector("[data-testid=verdict] .fui-MessageBarTitle")?.textContent === expected,
      text,
    );
  const issueCells = () =>
    page
      .getByTestId("issue-list")
      .locator("li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-cell")));
  const meta = () => onFake(page, (fake, sheet) => Object.fromEntries(fake.values(`${sheet}!A2:B10`)), META_SHEET);

  it("starts inside Excel: Office.onReady says Excel, and the pane names the workbook", async () => {
    await page
      .getByTestId("status-line")
      .filter({ hasText: en.workbookName(FAKE_WORKBOOK_NAME) })
      .waitFor();
    await expect(
      page.evaluate(() => (window as unknown as { Office: { isExcelFake?: boolean } }).Office.isExcelFake),
    ).resolves.toBe(true);
    expect(pane.requests.some((url) => new URL(url).pathname === "/office-js/office.js")).toBe(true);
    await expect(page.getByRole("button", { name: en.setUpButton }).isEnabled()).resolves.toBe(true);
  });

  it("shows the gateway's failure, in both languages, when there is no status table yet", async () => {
    await openPanel("validate");
    await page.getByRole("button", { name: en.validateButton }).click();
    const bar = page.getByTestId("failure-bar");
    await bar.waitFor();
    const failure = describeExcelError({ code: "ItemNotFound" });
    await expect(bar.textContent()).resolves.toContain(failure.message.en);
    await expect(bar.textContent()).resolves.toContain("ItemNotFound");
    await setLanguage(page, "km");
    await expect(bar.textContent()).resolves.toContain(failure.message.km);
    await setLanguage(page, "en");
    await bar.getByRole("button", { name: en.dismiss }).click();
    await expect(bar.count()).resolves.toBe(0);
  });

  it("sets up the workbook for DGC, 2026-Q3, in English: the DGC rows, with Excel validation", async () => {
    await openPanel("setUp");
    await page.getByRole("radio", { name: `DGC — Digital Government Committee` }).check();
    await page.getByLabel(en.quarterLabel).selectOption(QUARTER);
    await page.getByLabel(en.sheetLanguageLabel).selectOption("en");
    await expect(page.getByTestId("setup-catalogue").textContent()).resolves.toBe(
      en.catalogueBundled(catalogue.version),
    );
    await page.getByRole("button", { name: en.setUpButton }).click();
    const result = page.getByTestId("setup-result");
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain(
      en.setUpRows(ROWS, "Digital Government Committee", "Q3 2026"),
    );
    await expect(result.textContent()).resolves.toContain(en.setUpNoOrphans);

    const sheet = await onFake(
      page,
      (fake, a) => ({
        table: fake.table(a.table) && { sheet: fake.table(a.table)!.sheet.name, rect: fake.table(a.table)!.rect },
        title: fake.cell("Status!A1").value,
        header: fake.values("Status!A3:P3")[0],
        ids: fake.values(`Status!A4:A${a.last}`).map((r) => r[0]),
        below: fake.cell(`Status!A${a.last + 1}`).value,
        statusRule: fake.cell("Status!F4").validation?.rule,
        progressRule: fake.cell("Status!G4").validation?.rule,
        idLocked: fake.cell("Status!A4").locked,
        entryLocked: fake.cell("Status!F4").locked,
        protectedSheet: fake.sheet("Status").protection.protected,
      }),
      { table: STATUS_TABLE, last: LAST_ROW },
    );
    expect(sheet.table).toEqual({ sheet: "Status", rect: { r0: 2, c0: 0, r1: LAST_ROW - 1, c1: 15 } });
    expect(sheet.title).toBe(statusSheetTitle("DGC", QUARTER, "en"));
    expect(sheet.header).toEqual(headerRow("en"));
    expect(sheet.ids).toEqual(measures.map((m) => m.id));
    expect(sheet.below).toBe("");
    expect(sheet.statusRule?.list?.source).toContain("On track");
    expect(sheet.progressRule?.decimal).toMatchObject({ formula1: 0, formula2: 100 });
    expect(sheet).toMatchObject({ idLocked: true, entryLocked: false, protectedSheet: true });
    await expect(meta()).resolves.toMatchObject({
      committee: "DGC",
      quarter: QUARTER,
      catalogueVersion: catalogue.version,
      catalogueHash: catalogue.hash,
      language: "en",
      submittedAt: "",
    });
    await photograph(page, "setup");
  });

  it("turns live validation on: a full check first, every empty row needs a status", async () => {
    await openPanel("validate");
    await expect(page.getByTestId("verdict").getAttribute("data-ready")).resolves.toBe("unknown");
    await expect(page.getByTestId("verdict").textContent()).resolves.toBe(en.notChecked);
    await page.getByRole("switch", { name: en.liveLabel }).check();
    await waitForVerdict(en.notReady(ROWS));
    const cells = await issueCells();
    expect(cells).toEqual(Array.from({ length: ROWS }, (_, i) => `F${4 + i}`));
  });

  it("checks typed and pasted entries live: a pasted progress of 150 is the one error left", async () => {
    // Typing goes through Excel's own validation, which refuses 150 …
    await expect(onFake(page, (fake, cell) => fake.user.type(`Status!${cell}`, 150), BAD_CELL)).resolves.toEqual({
      accepted: false,
      reason: "validation",
    });
    await expect(onFake(page, (fake) => fake.user.type("Status!J4", "Sub-decree drafted"))).resolves.toEqual({
      accepted: true,
    });
    // … a paste skips it (as in Excel): status and progress for every row, one progress "150".
    const block = Array.from({ length: ROWS }, (_, i) =>
      i === BAD_ROW ? ["On track", "150"] : i % 3 === 0 ? ["Not started", "0"] : ["On track", "40"],
    );
    await expect(
      onFake(page, (fake, a) => fake.user.paste(`Status!F4:G${a.last}`, a.block), { block, last: LAST_ROW }),
    ).resolves.toEqual({ accepted: true });
    await expect(onFake(page, (fake, cell) => fake.cell(`Status!${cell}`).value, BAD_CELL)).resolves.toBe(150);

    await waitForVerdict(en.notReady(1));
    await expect(issueCells()).resolves.toEqual([BAD_CELL]);
    const issue = page.getByTestId("issue-list").locator("li").first();
    await expect(issue.getAttribute("data-code")).resolves.toBe("progress.range");
    await expect(issue.textContent()).resolves.toContain(en.issueCell(BAD_CELL));
    // The cell is marked in the sheet as well.
    await expect(onFake(page, (fake, cell) => fake.cell(`Status!${cell}`).fill, BAD_CELL)).resolves.toBeDefined();
  });

  it("validates on demand, and selects an issue's cell on click and on Enter", async () => {
    await page.getByRole("button", { name: en.validateButton }).click();
    await waitForVerdict(en.notReady(1));
    await expect(page.getByTestId("severity-counts").textContent()).resolves.toBe(
      `${en.errorCount(1)} · ${en.warningCount(0)}`,
    );
    await expect(issueCells()).resolves.toEqual([BAD_CELL]);

    const selection = () =>
      onFake(page, (fake) => {
        const s = fake.state.selection;
        return (
          s && {
            sheet: fake.state.sheets.find((x) => x.id === s.sheetId)?.name,
            rect: s.rect,
            active: fake.state.activeSheetId === s.sheetId,
          }
        );
      });
    const expected = {
      sheet: "Status",
      rect: { r0: 4 + BAD_ROW - 1, c0: 6, r1: 4 + BAD_ROW - 1, c1: 6 },
      active: true,
    };
    const button = page.getByTestId("issue-list").getByRole("button").first();
    await expect(button.getAttribute("aria-describedby")).resolves.toBeTruthy();

    await button.click();
    await page.waitForFunction(() => (window as unknown as { __fake: ExcelFake }).__fake.state.selection !== undefined);
    await expect(selection()).resolves.toEqual(expected);

    await onFake(page, (fake) => {
      fake.state.selection = undefined;
    });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __fake: ExcelFake }).__fake.state.selection !== undefined);
    await expect(selection()).resolves.toEqual(expected);
    await photograph(page, "validate");
  });

  it("refuses to prepare the submission while an error is left, and lists it with a way back to Validate", async () => {
    await openPanel("submit");
    await page.getByRole("textbox", { name: en.officerLabel }).fill("Sokha Chan");
    await page.getByRole("button", { name: en.prepareButton }).click();
    const refused = page.getByTestId("submission-refused");
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain(en.notReady(1));
    await expect(issueCells()).resolves.toEqual([BAD_CELL]);
    await expect(meta()).resolves.toMatchObject({ submittedAt: "", submittedBy: "", contentChecksum: "" });
    await photograph(page, "submit-refused");
    await refused.getByRole("button", { name: en.openValidate }).click();
    await expect(page.locator("#tab-validate").getAttribute("aria-selected")).resolves.toBe("true");
    await waitForVerdict(en.notReady(1));
  });

  it("clears the issue when the value is fixed, live and on demand: ready to submit", async () => {
    await expect(onFake(page, (fake, cell) => fake.user.type(`Status!${cell}`, 60), BAD_CELL)).resolves.toEqual({
      accepted: true,
    });
    await waitForVerdict(en.ready);
    await expect(issueCells()).resolves.toEqual([]);
    await page.getByRole("button", { name: en.validateButton }).click();
    await waitForVerdict(en.ready);
    await expect(page.getByTestId("severity-counts").textContent()).resolves.toBe(
      `${en.errorCount(0)} · ${en.warningCount(0)}`,
    );
    await expect(onFake(page, (fake, cell) => fake.cell(`Status!${cell}`).fill, BAD_CELL)).resolves.toBeUndefined();
  });

  it("prepares the submission with the officer's name and stamps the metadata sheet", async () => {
    await openPanel("submit");
    await page.getByRole("textbox", { name: en.officerLabel }).fill("  ");
    await page.getByRole("button", { name: en.prepareButton }).click();
    await expect(page.getByText(en.officerRequired).isVisible()).resolves.toBe(true);
    await expect(meta()).resolves.toMatchObject({ submittedAt: "", submittedBy: "" });

    const before = Date.now();
    await page.getByRole("textbox", { name: en.officerLabel }).fill("Sokha Chan");
    await page.getByRole("button", { name: en.prepareButton }).click();
    const stamp = page.getByTestId("submission-stamp");
    await stamp.waitFor();
    const written = await meta();
    expect(written.submittedBy).toBe("Sokha Chan");
    expect(String(written.contentChecksum)).toMatch(/^[0-9a-f]{64}$/);
    const at = Date.parse(String(written.submittedAt));
    expect(at).toBeGreaterThanOrEqual(before - 1_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1_000);
    await expect(page.getByTestId("stamp-checksum").textContent()).resolves.toBe(written.contentChecksum);
    await expect(page.getByTestId("stamp-officer").textContent()).resolves.toBe("Sokha Chan");
    await expect(stamp.textContent()).resolves.toContain(en.saveAndSend);
    await photograph(page, "submit");
  });

  it("starts the next quarter only after a confirmation naming both quarters", async () => {
    await page.getByRole("button", { name: en.nextQuarterButton }).click();
    const confirm = page.getByTestId("next-quarter-confirm");
    await expect(confirm.textContent()).resolves.toContain(en.nextQuarterConfirm("Q3 2026", "Q4 2026"));
    await confirm.getByRole("button", { name: en.cancel }).click();
    await expect(meta()).resolves.toMatchObject({ quarter: QUARTER });

    await page.getByRole("button", { name: en.nextQuarterButton }).click();
    await confirm.getByRole("button", { name: en.nextQuarterGo("Q4 2026") }).click();
    await page.getByTestId("next-quarter-result").waitFor();
    await expect(meta()).resolves.toMatchObject({
      quarter: "2026-Q4",
      submittedAt: "",
      submittedBy: "",
      contentChecksum: "",
    });
    await expect(
      onFake(page, (fake) => [
        fake.cell("Status!A1").value,
        fake.cell("Status!J4").value,
        fake.cell("Status!F4").value,
      ]),
    ).resolves.toEqual([statusSheetTitle("DGC", "2026-Q4" as Quarter, "en"), "", "Not started"]);
    await expect(page.getByTestId("submission-stamp").count()).resolves.toBe(0);
  });

  it("says plainly the bundled titles are working titles, imports an action plan row by row, and keeps it", async () => {
    await openPanel("about");
    await expect(page.getByTestId("catalogue-version").textContent()).resolves.toBe(catalogue.version);
    await expect(page.getByTestId("catalogue-hash").textContent()).resolves.toBe(catalogue.hash.slice(0, 12));
    await expect(page.getByTestId("provenance").textContent()).resolves.toContain(en.workingTitles);
    await expect(page.getByTestId("rule-list").locator("li").count()).resolves.toBeGreaterThan(10);

    const plan = [
      "Measure ID,Goal,Title,Lead committee,Supporting committees",
      "DGC-01,1,Adopt the digital government interoperability framework,DGC,DSC",
      "DGC-02,9,A goal that does not exist,DGC,",
      "DEBC-01,2,Launch the e-commerce trust mark,DEBC,DGC",
    ].join("\r\n");
    await page
      .getByTestId("catalogue-file")
      .setInputFiles({ name: "action-plan.csv", mimeType: "text/csv", buffer: Buffer.from(plan) });
    const result = page.getByTestId("import-result");
    await result.waitFor();
    await expect(result.getAttribute("data-imported")).resolves.toBe("true");
    const version = (await page.getByTestId("catalogue-version").textContent()) ?? "";
    expect(version).toMatch(/^official-\d{4}-\d\d-\d\d-[0-9a-f]{12}$/);
    await expect(result.textContent()).resolves.toContain(en.importDone(2, 3, version));
    const problem = page.getByTestId("problem-list").locator("li");
    await expect(problem.count()).resolves.toBe(1);
    await expect(problem.getAttribute("data-row")).resolves.toBe("3");
    await expect(problem.textContent()).resolves.toContain(`${en.problemRow(3)} — Unknown DESPF goal "9"`);
    await expect(page.getByTestId("provenance").textContent()).resolves.toBe(en.officialTitles);
    await photograph(page, "about");

    await openPanel("setUp");
    await expect(page.getByTestId("setup-catalogue").textContent()).resolves.toBe(en.catalogueImported(version));

    // A new session (the page reloaded, a new fake workbook): the imported catalogue is still used.
    await page.reload({ waitUntil: "load" });
    await page
      .getByTestId("setup-catalogue")
      .filter({ hasText: en.catalogueImported(version) })
      .waitFor();
    await openPanel("about");
    await expect(page.getByTestId("catalogue-version").textContent()).resolves.toBe(version);
    await page.getByRole("button", { name: en.useBundled }).click();
    await expect(page.getByTestId("catalogue-version").textContent()).resolves.toBe(catalogue.version);
    // The imported catalogue is forgotten (the officer's name for the change log is kept apart).
    await expect(page.evaluate(() => Object.keys(localStorage))).resolves.toEqual(["policy-tracker.officer-by-workbook.v1"]);
  });

  it("switches every panel to Khmer without a page error, and stays on localhost", async () => {
    await setLanguage(page, "km");
    for (const name of ["setUp", "validate", "submit", "about"] as const) {
      await openPanel(name);
      await expect(page.locator("[role=tabpanel]").textContent()).resolves.toMatch(/[\u1780-\u17ff]/);
    }
    await expect(page.locator("#tab-validate").textContent()).resolves.toBe(km.validateTab);
    await setLanguage(page, "en");
    expect(pane.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(pane.failedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors).toEqual([]);
  });
});
