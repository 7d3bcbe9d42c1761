import fc from "fast-check";
import type { Catalogue, Measure } from "../../src/domain/catalogue/catalogue";
import { makeCatalogue } from "../../src/domain/catalogue/catalogueBuild";
import { ENTRY_COLUMN_KEYS, SHEET_NAMES, STATUS_COLUMNS, columnIndex, type ColumnKey } from "../../src/domain/statusSheet/columns";
import { STATUS_LABELS } from "../../src/domain/entries/status";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { createExcelFake, type ExcelFake, type Scalar } from "../excel-fake";
import { FIRST_BODY_ROW, QUARTER, fillRow, ok, syntheticCatalogue } from "./support";

/** Every entry cell of the status table by measure ID: value and formula, as Excel holds them. */
function entriesById(fake: ExcelFake, sheet: string): Map<string, { value: Scalar; formula?: string }[]> {
  const table = fake.table("PT_Status")!;
  const out = new Map<string, { value: Scalar; formula?: string }[]>();
  for (let r = table.rect.r0 + 1; r <= table.rect.r1; r++) {
    const id = String(fake.cell(`${sheet}!A${r + 1}`).value);
    const cells = ENTRY_COLUMN_KEYS.map((k) => {
      const c = fake.cell(`${sheet}!${String.fromCharCode(65 + columnIndex(k))}${r + 1}`);
      // The fake does not calculate: a formula is compared by its text.
      return c.formula === undefined ? { value: c.value } : { value: "(formula)", formula: c.formula };
    });
    if (cells.some((c) => c.value !== "" || c.formula)) out.set(id, cells);
  }
  return out;
}

const labels = Object.values(STATUS_LABELS).flatMap((l) => [l.en, l.km]);
const entryValue: fc.Arbitrary<Scalar> = fc.oneof(
  fc.constantFrom(...labels),
  fc.integer({ min: -10, max: 150 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("=1+2", "'=not a formula", "-dash first", "45%", "2026-07-15", "0012", "TRUE", "ស្ថានភាព ១២"),
);
const entryRow = fc.dictionary(fc.constantFrom(...ENTRY_COLUMN_KEYS), entryValue, { minKeys: 1, maxKeys: 6 }) as fc.Arbitrary<
  Partial<Record<ColumnKey, Scalar>>
>;

function nextVersion(v1: Catalogue, removed: ReadonlySet<number>, added: number, retitled: ReadonlySet<number>): Catalogue {
  const kept: Measure[] = v1.measures
    .filter((_, i) => !removed.has(i))
    .map((m, i) => (retitled.has(i) ? { ...m, title: { en: `${m.title.en} (revised)`, km: "" } } : m));
  const extra = syntheticCatalogue(added, { prefix: "N" }).measures;
  return makeCatalogue(`${v1.version}+1`, v1.source, [...kept, ...extra]);
}

describe("refreshing with a newer catalogue", () => {
  it("keeps every entry, keyed by measure ID; rows of removed measures are kept after the catalogue's rows and flagged", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 25 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            entries: fc.dictionary(fc.integer({ min: 0, max: n - 1 }).map(String), entryRow, { maxKeys: n }),
            removed: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
            retitled: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
            added: fc.integer({ min: 0, max: 5 }),
            lang: fc.constantFrom("en" as const, "km" as const),
          }),
        ),
        async ({ n, entries, removed, retitled, added, lang }) => {
          const fake = createExcelFake();
          const v1 = syntheticCatalogue(n, { prefix: "M" });
          const sheet = SHEET_NAMES.status.en;
          ok(await setUpStatusWorkbook({ catalogue: v1, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
          for (const [row, values] of Object.entries(entries)) await fillRow(fake, sheet, Number(row), values);
          const before = entriesById(fake, sheet);

          const v2 = nextVersion(v1, new Set(removed), added, new Set(retitled));
          const result = ok(await setUpStatusWorkbook({ catalogue: v2, committee: "DGC", quarter: QUARTER, lang, host: fake }));
          const after = entriesById(fake, SHEET_NAMES.status[lang]);

          // 100% of entries kept, cell for cell.
          expect(after).toEqual(before);
          // Removed measures with entries are flagged, after the catalogue's rows.
          const removedIds = new Set(removed.map((i) => v1.measures[i]!.id));
          const expectedOrphans = [...before.keys()].filter((id) => removedIds.has(id as Measure["id"]));
          expect(result.orphans.map((o) => o.id).sort()).toEqual(expectedOrphans.sort());
          expect(result.orphans.every((o) => o.reason === "removed" && o.bodyIndex >= v2.measures.length)).toBe(true);
          // (A table always has a body row, even when nothing is left to report on.)
          expect(result.rows).toBe(Math.max(1, v2.measures.length + expectedOrphans.length));
          for (const o of result.orphans) expect(fake.cell(`${SHEET_NAMES.status[lang]}!${o.cell}`).value).toBe(o.id);
          // Catalogue cells follow the new catalogue.
          v2.measures.forEach((m, i) => expect(fake.cell(`${SHEET_NAMES.status[lang]}!C${FIRST_BODY_ROW + i}`).value).toBe(m.title.en));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps a duplicated ID's second row and rows without an ID", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(3);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 0, { status: "On track" });
    // An official unprotects the sheet and edits IDs by hand (the rules flag it; set-up must not lose it).
    fake.sheet("Status").protection = { protected: false, options: {} };
    fake.seed.values("Status!A5", [["S00001"]]);
    fake.seed.values("Status!A6", [[""]]);
    await fillRow(fake, "Status", 1, { status: "Delayed" });
    await fillRow(fake, "Status", 2, { challenges: "no ID any more" });
    const result = ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    expect(result.orphans.map((o) => [o.id, o.reason])).toEqual([
      ["S00001", "duplicate"],
      ["", "no-id"],
    ]);
    expect(fake.values("Status!F4:F8").flat()).toEqual(["On track", "", "", "Delayed", ""]);
    expect(fake.cell(`Status!K8`).value).toBe("no ID any more");
  });

  it.each(["1.8", "1.9"])("carries a formula over as its formula, and text that starts with = as text (ExcelApi %s)", async (excelApi) => {
    const fake = createExcelFake({ excelApi });
    const cat = syntheticCatalogue(3);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    fake.seed.formula("Status!J5", "=CONCAT(\"a\",\"b\")", "ab");
    fake.seed.values("Status!K5", [["'=not a formula"]]);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
    const km = SHEET_NAMES.status.km;
    expect(fake.cell(`${km}!J5`).formula).toBe('=CONCAT("a","b")');
    expect(fake.cell(`${km}!K5`)).toMatchObject({ value: "=not a formula" });
    expect(fake.cell(`${km}!K5`).formula).toBeUndefined();
  });

  it("keeps measures the committee no longer reports on, flagged as not its own", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(3);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 2, { status: "Completed", progress: 100 });
    const moved = makeCatalogue(
      "v2",
      cat.source,
      cat.measures.map((m, i) => (i === 2 ? { ...m, lead: "DSC" as const } : m)),
    );
    const result = ok(await setUpStatusWorkbook({ catalogue: moved, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    expect(result.orphans).toEqual([{ id: "S00003", reason: "not-ours", bodyIndex: 2, cell: "A6" }]);
    expect(fake.values("Status!F6:G6")).toEqual([["Completed", 100]]);
  });

  it("switches the sheets to Khmer and keeps the entries", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(4);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 1, { status: "At risk", challenges: "funding" });
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
    const km = SHEET_NAMES.status.km;
    expect(fake.state.sheets.map((s) => s.name)).toEqual([km, SHEET_NAMES.catalogue.km, "Sheet1", "PT_Meta"]);
    expect(fake.values(`${km}!A3:B3`)).toEqual([STATUS_COLUMNS.slice(0, 2).map((c) => c.label.km)]);
    expect(fake.values(`${km}!F5:K5`)).toEqual([["At risk", "", "", "", "", "funding"]]);
  });

  it("refuses to write over a sheet that is not its own", async () => {
    const fake = createExcelFake();
    fake.seed.sheet("Status");
    fake.seed.values("Status!B2", [["someone's notes"]]);
    const outcome = await setUpStatusWorkbook({ catalogue: syntheticCatalogue(2), committee: "DGC", quarter: QUARTER, lang: "en", host: fake });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "PolicyTracker.SheetNameTaken" } });
    expect(fake.cell("Status!B2").value).toBe("someone's notes");
    // Nothing of the refused set-up is left behind.
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Status"]);
    expect(fake.state.tables).toEqual([]);
  });

  it("turns the add-in's events back on when a write fails", async () => {
    const fake = createExcelFake({ requestLimitBytes: 2_000 });
    const outcome = await setUpStatusWorkbook({
      catalogue: syntheticCatalogue(50),
      committee: "DGC",
      quarter: QUARTER,
      lang: "en",
      host: fake,
      requestBudgetBytes: 1e9,
    });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "RequestPayloadSizeLimitExceeded" } });
    const seen: boolean[] = [];
    await fake.run(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      seen.push(context.runtime.enableEvents);
    });
    expect(seen).toEqual([true]);
  });
});

describe("a set-up that fails part-way", () => {
  it("loses no entry, and the next set-up finishes the job", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(5);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 3, { status: "At risk", challenges: "procurement", nextSteps: "re-tender" });
    // Excel fails while validating the new table's cells: the old sheets were already renamed and new ones added.
    fake.failCommand("DataValidation.rule");
    const failed = await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake });
    expect(failed).toMatchObject({ ok: false, failure: { code: "GeneralException" } });
    expect(fake.table("PT_Status_Replaced")).toBeDefined();
    const result = ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    expect(result.refreshed).toBe(true);
    expect(fake.values("Status!F7:L7")).toEqual([["At risk", "", "", "", "", "procurement", "re-tender"]]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Status", "Catalogue", "Sheet1", "PT_Meta"]);
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual(["PT_Catalogue", "PT_Status"]);
  });

  it("leaves only a hidden sheet when the first request fails, and the next set-up removes it", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(5);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 1, { status: "On track" });
    fake.failCommand("TableCollection.add");
    expect(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake })).toMatchObject({ ok: false });
    expect(fake.state.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name)).toEqual(["Status", "Catalogue", "Sheet1"]);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Status", "Catalogue", "Sheet1", "PT_Meta"]);
    expect(fake.values("Status!F5")).toEqual([["On track"]]);
  });
});
