/**
 * Return for correction, round trip, with the built task pane in real Chromium inside "Excel" (the
 * strict Excel fake): the demo's 2026-Q3 submissions, planted mistakes and all, are consolidated by
 * the CLI, which writes a feedback file per committee. Each committee's workbook is set up in the
 * fake and filled in as it was sent (DSC's rows then re-sorted by the official); the feedback file
 * is opened from the pane, its items are found on their measures' rows and marked; the fixes are
 * pasted, and every item shows fixed as live validation sees them; the table validates clean. The
 * corrected workbooks, consolidated again, give no data issue.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { demoEntries, type DemoEntries } from "../../src/cli/demoEntries";
import { runConsolidate } from "../../src/cli/consolidateCommand";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { CommitteeCode, MeasureId } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import { ENTRY_COLUMN_KEYS, STATUS_TABLE } from "../../src/domain/statusSheet/columns";
import { FEEDBACK_STRINGS } from "../../src/taskpane/feedback/feedbackStrings";
import { STRINGS } from "../../src/taskpane/strings";
import { readFeedback } from "../../src/xlsx/read/feedbackReader";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import type { ExcelFake } from "../excel-fake";
import { demoSubmissions } from "../support/demoSubmissions";
import { entryBlock } from "../support/entryBlock";
import { captureIo } from "../support/tmp";
import { onFake } from "./support/onFake";
import { photograph, setLanguage } from "./support/panePhotos";
import { OUT, STEP_TIMEOUT, describeInChromium, usePane } from "./support/paneSession";

const DIST = path.join(OUT, "e2e-feedback-dist");
const FAKE_DIST = path.join(OUT, "e2e-feedback-script");
const en = STRINGS.en;
const km = { ...STRINGS.km, ...FEEDBACK_STRINGS.km };
const Q3 = "2026-Q3" as Quarter;
const catalogue = bundledCatalogue();
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LANG = { DGC: "km", DEBC: "en", DSC: "en" } as const;
const SHEET = { en: "Status", km: "ស្ថានភាព" } as const;
const NAME = { DGC: "Digital Government Committee", DEBC: "Digital Economy and Business Committee", DSC: "Digital Security Committee" } as const;

jest.setTimeout(STEP_TIMEOUT * 3);

describeInChromium("return for correction in Chromium, inside Excel (the Excel fake)", () => {
  const pane = usePane({ dist: DIST, fake: { scriptDir: FAKE_DIST } });
  let page: Page;
  let dir: string;
  const corrected = new Map<CommitteeCode, Uint8Array>();
  beforeAll(async () => {
    page = pane.page;
    dir = await mkdtemp(path.join(os.tmpdir(), "pt-e2e-feedback-"));
    for (const f of await demoSubmissions(Q3, 1)) await writeFile(path.join(dir, f.name), f.bytes);
    const io = captureIo();
    const code = await runConsolidate([dir], { quarter: Q3, out: path.join(dir, "report.xlsx"), lang: "en", feedbackDir: path.join(dir, "feedback") }, io.io);
    if (code !== 0) throw new Error(io.err.join("\n"));
  }, STEP_TIMEOUT * 2);
  afterAll(() => dir && rm(dir, { recursive: true, force: true }));

  const feedbackFile = async (committee: CommitteeCode) => {
    const name = `feedback-2026-Q3-${committee}.xlsx`;
    return { name, mimeType: XLSX, buffer: await readFile(path.join(dir, "feedback", name)) };
  };
  const itemLines = () =>
    page
      .getByTestId("feedback-list")
      .locator("li")
      .evaluateAll((items) => items.map((li) => ({ state: li.getAttribute("data-state"), cell: li.getAttribute("data-cell"), measure: li.getAttribute("data-measure"), rule: li.getAttribute("data-rule") })));

  /** A fresh fake (the page reloaded) with the committee's workbook set up from the pane and filled in as sent. */
  async function workbookAsSent(committee: CommitteeCode): Promise<void> {
    await page.reload({ waitUntil: "load" });
    await page.getByTestId("status-line").filter({ hasText: "Excel fake" }).waitFor();
    await page.locator("#tab-setUp").click();
    await page.getByRole("radio", { name: `${committee} — ${NAME[committee]}` }).check();
    await page.getByLabel(en.quarterLabel).selectOption(Q3);
    await page.getByLabel(en.sheetLanguageLabel).selectOption(LANG[committee]);
    await page.getByRole("button", { name: en.setUpButton }).click();
    await page.getByTestId("setup-result").waitFor();
    const block = entryBlock(demoEntries(catalogue, committee, Q3, 1, LANG[committee], true), committeeMeasures(catalogue, committee));
    await expect(onFake(page, (fake, a) => fake.user.paste(`${a.sheet}!F4`, a.block), { sheet: SHEET[LANG[committee]], block })).resolves.toEqual({ accepted: true });
  }

  /** Opens the committee's feedback file from the Validate panel, with live validation on. */
  async function openFeedback(committee: CommitteeCode): Promise<void> {
    await page.locator("#tab-validate").click();
    await page.getByRole("switch", { name: en.liveLabel }).check();
    await page.waitForFunction(() => document.querySelector("[data-testid=verdict]")?.getAttribute("data-ready") === "false");
    await onFake(page, (fake) => fake.resetStats());
    await page.getByTestId("feedback-file").setInputFiles(await feedbackFile(committee));
    await page.getByTestId("feedback-list").waitFor();
  }

  /** Each measure with items gets its row as the committee should have sent it, pasted where the row is now. */
  async function pasteFixes(committee: CommitteeCode): Promise<void> {
    const clean: DemoEntries = demoEntries(catalogue, committee, Q3, 1, LANG[committee], false);
    const rows = new Map((await itemLines()).map((l) => [l.measure!, Number(l.cell!.replace(/^[A-Z]+/, ""))]));
    for (const [measure, row] of rows) {
      const block = entryBlock(clean, [{ id: measure as MeasureId }]);
      await expect(onFake(page, (fake, a) => fake.user.paste(`${a.sheet}!F${a.row}`, a.block), { sheet: SHEET[LANG[committee]], row, block })).resolves.toEqual({ accepted: true });
    }
  }

  /** The workbook as it stands in the fake, written back to a file: what the committee sends again. */
  async function saveAsSubmission(committee: CommitteeCode): Promise<Uint8Array> {
    const ids = committeeMeasures(catalogue, committee).map((m) => m.id);
    const values = await onFake(page, (fake, a) => fake.values(`${a.sheet}!A4:P${3 + a.rows}`), { sheet: SHEET[LANG[committee]], rows: ids.length });
    const entries: DemoEntries = new Map(values.map((row) => [row[0] as MeasureId, Object.fromEntries(ENTRY_COLUMN_KEYS.map((k, i) => [k, row[5 + i] === "" ? null : (row[5 + i] as string | number)]))]));
    expect([...entries.keys()].sort()).toEqual([...ids].sort());
    return writeStatusWorkbook({ catalogue, committee, quarter: Q3, lang: LANG[committee], entries });
  }

  async function roundTrip(committee: CommitteeCode, sortRows: boolean): Promise<void> {
    const feedback = readFeedback(new Uint8Array((await feedbackFile(committee)).buffer), committee);
    await workbookAsSent(committee);
    if (sortRows) {
      // The official re-sorts the table (Excel sorts nothing on the protected sheet: unprotected first).
      await onFake(page, (fake, table) => {
        fake.user.unprotect(fake.table(table)!.sheet.name);
        return fake.user.sort(table, 0, { descending: true });
      }, STATUS_TABLE);
    }
    await openFeedback(committee);
    const opened = await itemLines();
    expect(opened.map((l) => [l.measure, l.rule, l.state])).toEqual(feedback.items.map((i) => [i.measureId, i.rule, "open"]));
    // One Excel.run, two syncs (read, then marks), whatever the number of items.
    await expect(onFake(page, (fake) => fake.stats.syncs)).resolves.toBe(2);
    // Each item on its measure's row, wherever that row is now, and its cell marked.
    const sheet = SHEET[LANG[committee]];
    const found = await onFake(
      page,
      (fake, a) => a.lines.map((l) => ({ id: fake.cell(`${a.sheet}!A${l.cell!.replace(/^[A-Z]+/, "")}`).value, fill: fake.cell(`${a.sheet}!${l.cell}`).fill })),
      { sheet, lines: opened },
    );
    expect(found.map((f) => f.id)).toEqual(opened.map((l) => l.measure));
    expect(found.every((f) => f.fill !== undefined)).toBe(true);
    // Sorted: the rows are no longer where the template put them (the measures' catalogue order).
    const ids = committeeMeasures(catalogue, committee).map((m) => m.id as string);
    const moved = opened.filter((l) => Number(l.cell!.replace(/^[A-Z]+/, "")) !== 4 + ids.indexOf(l.measure!));
    expect(moved.length > 0).toBe(sortRows);

    // Click to the cell.
    await page.getByTestId("feedback-list").getByRole("button").first().click();
    await page.waitForFunction(() => (window as unknown as { __fake: ExcelFake }).__fake.state.selection !== undefined);
    const selected = await onFake(page, (fake) => fake.state.selection!.rect);
    expect(opened[0]!.cell).toMatch(new RegExp(`${selected.r0 + 1}$`));

    await pasteFixes(committee);
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll("[data-testid=feedback-list] li")];
      return items.length > 0 && items.every((li) => li.getAttribute("data-state") === "fixed");
    });
    await page.getByTestId("feedback-all-fixed").waitFor();
    await page.getByRole("button", { name: en.validateButton }).click();
    await page.waitForFunction(() => document.querySelector("[data-testid=verdict]")?.getAttribute("data-ready") === "true");
    corrected.set(committee, await saveAsSubmission(committee));
  }

  it("the Consolidate panel offers the same feedback files, one download per committee, built in the worker", async () => {
    await page.locator("#tab-consolidate").click();
    await page.getByLabel(en.quarterLabel, { exact: true }).selectOption(Q3);
    const submissions = await demoSubmissions(Q3, 1);
    await page.getByTestId("consolidate-files").setInputFiles(submissions.map(({ name, bytes }) => ({ name, mimeType: XLSX, buffer: Buffer.from(bytes) })));
    await page.getByRole("button", { name: en.buildButton }).click();
    const section = page.getByTestId("feedback-files");
    await section.waitFor({ timeout: 60_000 });
    const buttons = section.getByRole("button");
    await expect(buttons.evaluateAll((b) => b.map((x) => x.getAttribute("data-file")))).resolves.toEqual(["feedback-2026-Q3-DGC.xlsx", "feedback-2026-Q3-DEBC.xlsx", "feedback-2026-Q3-DSC.xlsx"]);
    for (const committee of ["DGC", "DEBC", "DSC"] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), section.locator(`[data-file="feedback-2026-Q3-${committee}.xlsx"]`).click()]);
      expect(download.suggestedFilename()).toBe(`feedback-2026-Q3-${committee}.xlsx`);
      const saved = path.join(dir, `pane-${download.suggestedFilename()}`);
      await download.saveAs(saved);
      const fromPane = readFeedback(new Uint8Array(await readFile(saved)), saved);
      const fromCli = readFeedback(new Uint8Array((await feedbackFile(committee)).buffer), committee);
      expect(fromPane).toEqual(fromCli);
    }
    await photograph(page, "feedback-downloads");
  });

  it("DGC (Khmer): every item found, marked, then fixed as the corrections are pasted; the table validates clean", async () => {
    await roundTrip("DGC", false);
    await photograph(page, "feedback-fixed");
  });

  it("DEBC: the same round trip", async () => {
    await roundTrip("DEBC", false);
  });

  it("DSC, rows re-sorted by the official: each item still lands on its measure's row", async () => {
    await roundTrip("DSC", true);
  });

  it("consolidating the corrected workbooks again: no data issue left", async () => {
    expect([...corrected.keys()].sort()).toEqual(["DEBC", "DGC", "DSC"]);
    const model = consolidate(
      [...corrected].map(([c, bytes]) => ({ file: `${c}-2026-Q3.xlsx`, input: readSubmissionInput(bytes, `${c}-2026-Q3.xlsx`) })),
      { quarter: Q3, catalogue },
    );
    expect(model.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
    expect(model.issues).toEqual([]);
    expect(model.feedback).toEqual([]);
  });

  it("refuses feedback for another committee, with a message in English and Khmer", async () => {
    await workbookAsSent("DEBC");
    await page.locator("#tab-validate").click();
    await page.getByTestId("feedback-file").setInputFiles(await feedbackFile("DGC"));
    const refused = page.getByTestId("feedback-refused");
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain("This feedback is for DGC 2026-Q3 (made from DGC-2026-Q3.xlsx), but this workbook is DEBC 2026-Q3");
    await expect(page.getByTestId("feedback-list").count()).resolves.toBe(0);
    await setLanguage(page, "km");
    await expect(refused.textContent()).resolves.toContain(km.feedbackRefusedTitle);
    await expect(refused.textContent()).resolves.toContain("មតិកែលម្អនេះសម្រាប់ DGC 2026-Q3");
    await photograph(page, "feedback-refused");
  });

  it("refuses a file that is not a feedback file, naming it", async () => {
    await page.getByTestId("feedback-file").setInputFiles({ name: "DEBC-2026-Q3.xlsx", mimeType: XLSX, buffer: await readFile(path.join(dir, "DEBC-2026-Q3.xlsx")) });
    const unreadable = page.getByTestId("feedback-unreadable");
    await unreadable.waitFor();
    await expect(unreadable.textContent()).resolves.toContain("this is a status workbook, not a feedback file");
    await expect(unreadable.textContent()).resolves.toContain("(DEBC-2026-Q3.xlsx)");
  });
});
