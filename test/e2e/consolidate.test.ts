/**
 * The secretariat's Consolidate panel in real Chromium, inside "Excel" (the strict Excel fake,
 * playing ExcelApi 1.13): the demo's submission files for 2026-Q3 (written here with the project's
 * template writer) and one corrupt file are picked, the report is built in the Web Worker,
 * downloaded and read back with the project's reader, then inserted into the workbook with its two
 * charts. Then the same Excel without ExcelApi 1.13: download or a new workbook; then Excel on a Mac, whose
 * webview drops downloads: the report opens as a new workbook instead.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { cellText } from "../../src/domain/entries/cells";
import type { Quarter } from "../../src/domain/periods/periods";
import { REPORT_SAVING_STRINGS } from "../../src/taskpane/reportSavingStrings";
import { STRINGS } from "../../src/taskpane/strings";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { SUMMARY_CHARTS, reportSheetNames } from "../../src/domain/report/reportLayout";
import { MEASURES_HEADER_ROW } from "../../src/xlsx/write/report/measuresSheet";
import { demoSubmissions, type NamedBytes } from "../support/demoSubmissions";
import { onFake } from "./support/onFake";
import { photograph, setLanguage } from "./support/panePhotos";
import { OUT, STEP_TIMEOUT, describeInChromium, isLocal, usePane } from "./support/paneSession";

const DIST = path.join(OUT, "e2e-consolidate-dist");
const FAKE_DIST = path.join(OUT, "e2e-consolidate-script");
const en = STRINGS.en;
const Q3 = "2026-Q3" as Quarter;
const catalogue = bundledCatalogue();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A zip's first bytes, then nothing that makes sense: what a file cut short in an e-mail looks like. */
const CORRUPT: NamedBytes = { name: "DSC-2026-Q3 (damaged).xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]) };

jest.setTimeout(STEP_TIMEOUT);

describeInChromium("Consolidate panel in Chromium, inside Excel (the Excel fake)", () => {
  const pane = usePane({ dist: DIST, fake: { scriptDir: FAKE_DIST, options: { excelApi: "1.13" } } });
  let page: Page;
  let q3: NamedBytes[];
  let q2: NamedBytes[];
  let downloads: string;
  beforeAll(async () => {
    page = pane.page;
    [q3, q2] = await Promise.all([demoSubmissions(Q3, 1), demoSubmissions("2026-Q2" as Quarter, 0)]);
    downloads = await mkdtemp(path.join(os.tmpdir(), "pt-e2e-downloads-"));
  });
  afterAll(() => downloads && rm(downloads, { recursive: true, force: true }));

  const asFiles = (files: readonly NamedBytes[]) => files.map(({ name, bytes }) => ({ name, mimeType: XLSX, buffer: Buffer.from(bytes) }));
  const fileLines = () =>
    page
      .getByTestId("file-list")
      .locator("li")
      .evaluateAll((items) => items.map((li) => [li.getAttribute("data-file"), li.getAttribute("data-status"), li.querySelector("[data-testid=file-reason]")?.textContent ?? ""]));

  it("opens on the workbook's quarter or the current one, with nothing to build yet", async () => {
    await page.locator("#tab-consolidate").click();
    await expect(page.locator("#tab-consolidate").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByRole("button", { name: en.buildButton }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText(en.buildNeedsFiles).isVisible()).resolves.toBe(true);
    // ExcelJS is not loaded until a report is written.
    expect(pane.requests.filter((url) => /exceljs/.test(url))).toEqual([]);
  });

  it("builds the report in a worker: file i of n, then the writing; the corrupt file is rejected with the reader's reason", async () => {
    await page.getByLabel(en.quarterLabel, { exact: true }).selectOption(Q3);
    await page.getByLabel(en.reportLanguageLabel, { exact: true }).selectOption("en");
    await page.getByTestId("consolidate-files").setInputFiles(asFiles([...q3, CORRUPT]));
    await page.getByTestId("consolidate-previous").setInputFiles(asFiles(q2));
    await expect(page.getByTestId("consolidate-files-chosen").textContent()).resolves.toContain(en.filesChosen(4));

    // Every text the progress line shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { __progress: seen });
      const status = document.querySelector("[data-testid=build-status]")!;
      new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, { childList: true, subtree: true, characterData: true });
    });
    await page.getByRole("button", { name: en.buildButton }).click();
    const result = page.getByTestId("consolidation-result");
    await result.waitFor({ timeout: 60_000 });

    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.filter(Boolean));
    const n = 4 + q2.length;
    // Until the worker's first message, then file i of n in order, then the writing. React may
    // draw two quick steps as one, so some steps can be missing, but never out of order.
    const steps = [en.buildProgressLabel, ...[...q3, CORRUPT, ...q2].map((f, i) => en.readingFile(i + 1, n, f.name)), en.writingReport];
    const order = progress.map((text) => steps.indexOf(text));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    // Not every step need be drawn (see above), but the reading shows, and it is the files', in order.
    expect(progress.some((text) => steps.indexOf(text) >= 1 && steps.indexOf(text) <= n)).toBe(true);
    expect(progress.at(-1)).toBe(en.writingReport);
    expect(pane.workers.some((url) => /consolidate-worker/.test(url))).toBe(true);
    expect(pane.requests.some((url) => /exceljs/.test(url))).toBe(true);

    const lines = await fileLines();
    expect(lines.map(([file, status]) => [file, status])).toEqual([
      ...q3.map((f) => [f.name, "accepted"]),
      [CORRUPT.name, "rejected"],
    ]);
    expect(lines[3]![2]).toMatch(/damaged|corrupt|zip/i);
    const previousLines = await page
      .getByTestId("previous-file-list")
      .locator("li")
      .evaluateAll((items) => items.map((li) => [li.getAttribute("data-file"), li.getAttribute("data-status")]));
    expect(previousLines).toEqual(q2.map((f) => [f.name, "accepted"]));
    await expect(page.getByTestId("consolidation-summary").textContent()).resolves.toContain(en.filesAccepted(3, 4));
    const counts = await page.getByTestId("status-table").locator("td").evaluateAll((cells) => cells.map((td) => Number(td.getAttribute("data-count"))));
    expect(counts.reduce((sum, c) => sum + c, 0)).toBe(catalogue.measures.length);
    const ms = Number(await result.getAttribute("data-elapsed-ms"));
    console.log(`Consolidate e2e: ${4 + q2.length} files (${q3.length} + 1 corrupt, ${q2.length} of last quarter) → report in ${ms} ms in the worker`);
  });

  it("downloads the report as NDESC-report-2026-Q3-en.xlsx, which our reader reads: 8 sheets, every measure", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: en.downloadButton }).click()]);
    expect(download.suggestedFilename()).toBe("NDESC-report-2026-Q3-en.xlsx");
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const book = openWorkbook(new Uint8Array(await readFile(file)), file);
    expect(book.sheets.map((s) => s.name)).toEqual(reportSheetNames("en"));
    const rows = book.readSheet(REPORT_SHEETS.measures.en).rows.slice(MEASURES_HEADER_ROW);
    const ids = rows.map((r) => cellText(r?.[0])).filter(Boolean);
    expect(ids).toEqual(catalogue.measures.map((m) => m.id));
  });

  it("inserts the report into the workbook: its sheets, and two charts on the Summary sheet", async () => {
    await page.getByRole("button", { name: en.insertButton }).click();
    const inserted = page.getByTestId("insert-result");
    await inserted.waitFor();
    await expect(inserted.textContent()).resolves.toContain(en.inserted(8, 2));
    const workbook = await onFake(page, (fake, summary) => ({
      sheets: fake.state.sheets.map((s) => s.name),
      charts: fake.charts(summary).map((c) => ({ name: c.name, type: c.type, source: c.source, series: c.series.length })),
      title: fake.cell(`${summary}!A1`).value,
    }), REPORT_SHEETS.summary.en);
    expect(workbook.sheets).toEqual(["Sheet1", ...reportSheetNames("en")]);
    expect(workbook.charts).toEqual([
      { name: SUMMARY_CHARTS[0]!.name, type: "BarStacked", source: "Summary!C5:I10", series: 7 },
      { name: SUMMARY_CHARTS[1]!.name, type: "BarStacked", source: "Summary!C14:I17", series: 7 },
    ]);
    expect(String(workbook.title)).toContain("Q3 2026");
    await photograph(page, "consolidate");
  });

  it("in an Excel without ExcelApi 1.13, offers the download and a new workbook instead of the insert, and says why", async () => {
    await onFake(page, (fake) => {
      fake.excelApi = "1.12";
    });
    // The panel asks Excel what it supports each time it draws the result.
    await page.locator("#tab-about").click();
    await page.locator("#tab-consolidate").click();
    await page.getByTestId("insert-unsupported").waitFor();
    await expect(page.getByRole("button", { name: en.insertButton }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: en.downloadButton }).isEnabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: REPORT_SAVING_STRINGS.en.openButton }).isEnabled()).resolves.toBe(true);
    await setLanguage(page, "km");
    await expect(page.getByTestId("insert-unsupported").textContent()).resolves.toBe(STRINGS.km.insertUnsupported);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(OUT, "screenshots", "panel-consolidate-unsupported-km.png"), fullPage: true, animations: "disabled" });
    await setLanguage(page, "en");
  });

  it("in Excel on a Mac, offers no download (its webview would drop it) and opens the report and feedback as new workbooks", async () => {
    const saving = REPORT_SAVING_STRINGS;
    await onFake(page, (fake) => {
      fake.platform = "Mac";
    });
    await page.locator("#tab-about").click();
    await page.locator("#tab-consolidate").click();
    const open = page.getByRole("button", { name: saving.en.openButton });
    await open.waitFor();
    await expect(page.getByRole("button", { name: en.downloadButton }).count()).resolves.toBe(0);
    await expect(page.getByTestId("insert-unsupported").textContent()).resolves.toBe(saving.en.insertUnsupportedOpen);
    await open.click();
    await page.getByTestId("open-result").waitFor();
    const opened = await onFake(page, (fake) => fake.opened.map((o) => o.sheets));
    expect(opened).toEqual([reportSheetNames("en")]);
    // A committee's feedback file opens the same way (a download would not reach the secretariat).
    const feedback = page.getByTestId("feedback-files").getByRole("button").first();
    await expect(feedback.textContent()).resolves.toMatch(/^DGC: open feedback as a new workbook \(\d+ items?\)$/);
    await feedback.click();
    await page.waitForFunction(() => (window as unknown as { __fake: { opened: unknown[] } }).__fake.opened.length === 2);
    await setLanguage(page, "km");
    await expect(page.getByTestId("open-result").textContent()).resolves.toBe(`${saving.km.openedTitle} ${saving.km.opened}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: path.join(OUT, "screenshots", "panel-consolidate-mac-km.png"), fullPage: true, animations: "disabled" });
    await setLanguage(page, "en");
  });

  it("stays on localhost and shows or logs no errors", async () => {
    expect(pane.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(pane.failedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors).toEqual([]);
  });
});
