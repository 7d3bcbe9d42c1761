import type { Measure } from "../../src/domain/catalogue/catalogue";
import { makeCatalogue } from "../../src/domain/catalogue/catalogueBuild";
import { asMeasureId } from "../../src/domain/ids";
import { catalogueSheetColumns } from "../../src/domain/catalogue/sheetColumns";
import { META_SHEET, SHEET_NAMES } from "../../src/domain/statusSheet/columns";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { createExcelFake } from "../excel-fake";
import { QUARTER, cellOf, ok } from "./support";

/** Text Excel would turn into a date, a time, a number or a boolean if it were written as typed. */
const LOOKS_LIKE_A_VALUE = ["Dec 2025", "2-Mar", "9 AM", "1 1/2", "1e5", "00123", "TRUE", "15/07/2026", "Jul 15, 2026", "$1,200", "45%"];

const catalogue = makeCatalogue(
  "Dec 2025",
  "A catalogue whose texts look like values",
  LOOKS_LIKE_A_VALUE.map((text, i): Measure => ({
    id: asMeasureId(`T${String(i + 1).padStart(5, "0")}`)!,
    goal: 1,
    cluster: { en: text, km: text },
    title: { en: text, km: "" },
    lead: "DGC",
    supporting: [],
    target: text,
    provenance: "working-title",
  })),
);

const STATUS = SHEET_NAMES.status.en;
const CATALOGUE = SHEET_NAMES.catalogue.en;
const columnOf = (label: string): string => String.fromCharCode(65 + catalogueSheetColumns("en").findIndex((c) => c.label.en === label));

describe("text the add-in writes stays text", () => {
  it("catalogue texts on the status and catalogue sheets, and the catalogue version in the metadata", async () => {
    const fake = createExcelFake();
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    const n = LOOKS_LIKE_A_VALUE.length;
    expect(fake.values(`${STATUS}!${cellOf(0, "title")}:${cellOf(n - 1, "title")}`).flat()).toEqual(LOOKS_LIKE_A_VALUE);
    for (const label of ["Strategic cluster (English)", "Title (English)", "Target"]) {
      const col = columnOf(label);
      expect(fake.values(`${CATALOGUE}!${col}4:${col}${3 + n}`).flat()).toEqual(LOOKS_LIKE_A_VALUE);
    }
    const meta = Object.fromEntries(fake.values(`${META_SHEET}!A2:B12`));
    expect(meta.catalogueVersion).toBe("Dec 2025");
  });

  it("an official's text entry is written back as text when the workbook is set up again", async () => {
    const fake = createExcelFake();
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    // Typed with an apostrophe, so Excel kept it as text.
    for (const [i, text] of LOOKS_LIKE_A_VALUE.entries()) await fake.user.type(`${STATUS}!${cellOf(i, "achievements")}`, `'${text}`);
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
    const sheet = SHEET_NAMES.status.km;
    const n = LOOKS_LIKE_A_VALUE.length;
    expect(fake.values(`'${sheet}'!${cellOf(0, "achievements")}:${cellOf(n - 1, "achievements")}`).flat()).toEqual(LOOKS_LIKE_A_VALUE);
  });
});
