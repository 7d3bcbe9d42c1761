/**
 * Applying the secretariat's feedback to the official's workbook, on the strict Excel fake: items
 * matched by measure ID wherever the rows are now, cells marked, a fixed number of syncs whatever
 * the number of items, feedback for another workbook refused.
 */
import { demoEntries } from "../../src/cli/demoEntries";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { Feedback } from "../../src/domain/consolidation/feedback";
import type { CommitteeCode } from "../../src/domain/ids";
import { checkFeedbackInWorkbook, type FeedbackCheck } from "../../src/excel/applyFeedback";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { STATUS_TABLE } from "../../src/domain/statusSheet/columns";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { demoSubmissions } from "../support/demoSubmissions";
import { entryBlock } from "../support/entryBlock";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { QUARTER, ok, syntheticCatalogue } from "./support";

const catalogue = bundledCatalogue();
const LANG = { DGC: "km", DEBC: "en", DSC: "en" } as const;
const SHEET = { en: "Status", km: "ស្ថានភាព" } as const;

let feedbacks: Map<CommitteeCode, Feedback>;
beforeAll(async () => {
  const files = (await demoSubmissions(QUARTER, 1)).map((f) => ({ file: f.name, input: readSubmissionInput(f.bytes, f.name) }));
  feedbacks = new Map(consolidate(files, { quarter: QUARTER, catalogue }).feedback.map((f) => [f.header.committee, f]));
}, 60_000);

/** A committee's workbook set up in the fake and filled in with its demo entries, planted mistakes and all. */
async function workbook(committee: CommitteeCode, planted = true): Promise<ExcelFake> {
  const fake = createExcelFake();
  const lang = LANG[committee];
  ok(await setUpStatusWorkbook({ catalogue, committee, quarter: QUARTER, lang, host: fake }));
  const block = entryBlock(demoEntries(catalogue, committee, QUARTER, 1, lang, planted), committeeMeasures(catalogue, committee));
  expect(await fake.user.paste(`${SHEET[lang]}!F4`, block)).toEqual({ accepted: true });
  fake.resetStats();
  return fake;
}

const items = (check: FeedbackCheck) => {
  if ("refused" in check) throw new Error(check.refused.en);
  return check.items;
};

describe("checkFeedbackInWorkbook", () => {
  test("every item found on its measure's row and open; the cells marked; two syncs", async () => {
    const fake = await workbook("DEBC");
    const feedback = feedbacks.get("DEBC")!;
    const views = items(ok(await checkFeedbackInWorkbook({ feedback, catalogues: [catalogue], mark: true, host: fake })));
    expect(fake.stats.syncs).toBe(2);
    expect(views.map((v) => v.state)).toEqual(feedback.items.map(() => "open"));
    for (const v of views) {
      expect(fake.cell(`Status!A${Number(v.cell!.slice(1))}`).value).toBe(v.item.measureId);
      expect(fake.cell(`Status!${v.cell}`).fill).toBe(MARK_FILLS[v.item.severity]);
    }
  });

  test("rows re-sorted by the official (after unprotecting the sheet): each item still lands on its measure's row", async () => {
    const fake = await workbook("DSC");
    const feedback = feedbacks.get("DSC")!;
    const before = items(ok(await checkFeedbackInWorkbook({ feedback, catalogues: [catalogue], mark: false, host: fake })));
    expect(await fake.user.sort(STATUS_TABLE, 0, { descending: true })).toEqual({ accepted: false, reason: "protected" });
    fake.user.unprotect("Status");
    expect(await fake.user.sort(STATUS_TABLE, 0, { descending: true })).toEqual({ accepted: true });
    const after = items(ok(await checkFeedbackInWorkbook({ feedback, catalogues: [catalogue], mark: true, host: fake })));
    expect(after.map((v) => v.state)).toEqual(before.map((v) => v.state));
    expect(after.map((v) => v.cell)).not.toEqual(before.map((v) => v.cell));
    for (const v of after) {
      expect(fake.cell(`Status!A${Number(v.cell!.replace(/^[A-Z]+/, ""))}`).value).toBe(v.item.measureId);
      expect(fake.cell(`Status!${v.cell}`).fill).toBe(MARK_FILLS[v.item.severity]);
    }
  });

  test("the corrected workbook: every item fixed", async () => {
    const fake = await workbook("DGC", false);
    const views = items(ok(await checkFeedbackInWorkbook({ feedback: feedbacks.get("DGC")!, catalogues: [catalogue], mark: true, host: fake })));
    expect(new Set(views.map((v) => v.state))).toEqual(new Set(["fixed"]));
  });

  test.each([
    ["another committee", "DGC" as const, () => feedbacks.get("DSC")!, /This feedback is for DSC 2026-Q3 .* but this workbook is DGC 2026-Q3/],
    ["another quarter", "DSC" as const, () => ({ ...feedbacks.get("DSC")!, header: { ...feedbacks.get("DSC")!.header, quarter: "2026-Q2" as typeof QUARTER } }), /for DSC 2026-Q2 .* this workbook is DSC 2026-Q3/],
  ])("refuses feedback for %s, marks nothing, one sync", async (_name, committee, feedback, message) => {
    const fake = await workbook(committee);
    const check = ok(await checkFeedbackInWorkbook({ feedback: feedback(), catalogues: [catalogue], mark: true, host: fake }));
    expect("refused" in check && check.refused.en).toMatch(message);
    expect("refused" in check && check.refused.km).toMatch(/[\u1780-\u17ff]/);
    expect(fake.stats.syncs).toBe(1);
  });

  test("the same two syncs for one item and for 1,500 items", async () => {
    const cat = syntheticCatalogue(1_500);
    const syncs: number[] = [];
    for (const count of [1, 1_500]) {
      const fake = createExcelFake();
      ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
      fake.resetStats();
      const feedback: Feedback = {
        header: { committee: "DGC", quarter: QUARTER, language: "en", catalogueVersion: cat.version, catalogueHash: cat.hash, file: "DGC.xlsx" },
        items: cat.measures.slice(0, count).map((m) => ({ measureId: m.id, column: "status", value: "", rule: "status.required", severity: "error", message: "Status is required", comment: "" })),
      };
      const views = items(ok(await checkFeedbackInWorkbook({ feedback, catalogues: [cat], mark: true, host: fake })));
      expect(views).toHaveLength(count);
      expect(views.every((v) => v.state === "open")).toBe(true);
      syncs.push(fake.stats.syncs);
    }
    expect(syncs).toEqual([2, 2]);
  }, 60_000);
});
