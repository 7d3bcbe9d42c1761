import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Catalogue } from "../../src/domain/catalogue/catalogue";
import { readCarriedCatalogue, type CatalogueSheetCells } from "../../src/domain/catalogue/carried";
import { canonicalTarget } from "../../src/domain/catalogue/labels";
import { buildMeasure, type MeasureRecord } from "../../src/domain/catalogue/measureRecord";
import { catalogueSheetColumns } from "../../src/domain/catalogue/sheetColumns";
import { parseCatalogueJson } from "../../src/domain/catalogue/catalogueJson";
import type { CellValue } from "../../src/domain/entries/cells";
import type { Lang } from "../../src/domain/text/lang";

/** The catalogue sheet as the writers lay it out: title, note, header on row 3, one row per measure. */
function sheetOf(catalogue: Catalogue, lang: Lang): CellValue[][] {
  const columns = catalogueSheetColumns(lang);
  return [["Measure catalogue"], ["A note"], columns.map((c) => c.label[lang]), ...catalogue.measures.map((m) => columns.map((c) => c.value(m, lang)))];
}

const official = (() => {
  const measures = bundledCatalogue().measures.slice(0, 12).map((m, i) => ({
    ...m,
    provenance: "official",
    title: { en: `${m.title.en} (official)`, km: i % 2 ? m.title.km : "" },
    cluster: { en: m.cluster.en, km: i % 3 ? m.cluster.km : "" },
    ...(i % 2 ? { leadInstitution: "Ministry of Post and Telecommunications" } : {}),
    target: ["2027", "Short term", "រយៈពេលវែង", "medium", "Q4 2030"][i % 5],
  }));
  const parsed = parseCatalogueJson({ version: "2027.1", source: "Official", measures }, "official.json");
  if (!parsed.catalogue) throw new Error(parsed.problems.map((p) => p.message.en).join("; "));
  return parsed.catalogue;
})();

const carried = (rows: CellValue[][], catalogue: Catalogue, sheet = "Catalogue") =>
  readCarriedCatalogue({ sheet, rows } satisfies CatalogueSheetCells, { version: catalogue.version, hash: catalogue.hash });

const col = (lang: Lang, field: string) => catalogueSheetColumns(lang).findIndex((c) => c.field === field);
const edit = (rows: CellValue[][], row: number, column: number, value: CellValue): CellValue[][] =>
  rows.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));

describe("the catalogue a workbook carries on its catalogue sheet", () => {
  describe.each<[string, Catalogue]>([
    ["the bundled catalogue", bundledCatalogue()],
    ["an imported one (lead institutions, years and horizons, missing Khmer)", official],
  ])("%s", (_name, catalogue) => {
    it.each<Lang>(["en", "km"])("reads back from a %s sheet to the same catalogue and hash", (lang) => {
      const read = carried(sheetOf(catalogue, lang), catalogue);
      expect(read.kind).toBe("intact");
      if (read.kind !== "intact") return;
      expect(read.catalogue.hash).toBe(catalogue.hash);
      expect(read.catalogue.measures).toEqual(catalogue.measures);
      expect(read.catalogue.version).toBe(catalogue.version);
    });
  });

  it("reads numbers as Excel gives them back (a goal, a year typed as a number)", () => {
    const rows = sheetOf(official, "en").map((r, i) => (i < 3 ? r : r.map((v, j) => (j === col("en", "target") && v === "2027" ? 2027 : v))));
    expect(rows.some((r) => r.includes(2027))).toBe(true);
    expect(carried(rows, official).kind).toBe("intact");
  });

  const en = sheetOf(official, "en");
  it.each<[string, CellValue[][], RegExp | undefined]>([
    ["a title edited", edit(en, 5, col("en", "titleEn"), "A better title"), undefined],
    ["a Khmer title added", edit(en, 3, col("en", "titleKm"), "ចំណងជើងថ្មី"), undefined],
    ["a lead committee changed", edit(en, 4, col("en", "lead"), "DSC"), undefined],
    ["a goal no goal has", edit(en, 6, col("en", "goal"), 9), /row 7: Unknown DESPF goal "9"/],
    ["an ID emptied", edit(en, 3, col("en", "id"), null), /row 4: Measure ID is missing/],
    ["a row deleted", en.filter((_, i) => i !== 8), undefined],
    ["a row added", [...en, en[4]!.map((v, j) => (j === col("en", "id") ? "G9-99" : v))], undefined],
    ["a row copied", [...en, en[4]!], /duplicate/],
  ])("%s: reported as changed", (_case, rows, detail) => {
    const read = carried(rows, official);
    expect(read.kind).toBe("changed");
    if (read.kind !== "changed") return;
    if (detail) expect(read.detail?.en).toMatch(detail);
    else expect(read.detail).toBeUndefined();
    if (read.detail) expect(read.detail.km).toMatch(/^ជួរទី /);
  });

  it.each<[string, CatalogueSheetCells["rows"] | undefined]>([
    ["no catalogue sheet", undefined],
    ["a sheet of an earlier layout (one title column, no lead institution)", [["Measure ID", "Goal", "Strategic cluster", "Title", "Lead committee", "Supporting committees", "DGP strategy", "Target", "Provenance"]]],
    ["an empty sheet", []],
  ])("%s: carries no catalogue", (_case, rows) => {
    expect(readCarriedCatalogue(rows ? { sheet: "Catalogue", rows } : undefined, { version: "1", hash: bundledCatalogue().hash })).toEqual({ kind: "absent" });
  });

  it("finds the header in either language, wherever the sheet's top rows put it", () => {
    const km = sheetOf(official, "km");
    const moved = [["Inserted above"], ...km];
    expect(carried(moved, official).kind).toBe("intact");
    expect(readCarriedCatalogue({ sheet: "កាតាឡុក", rows: km.slice(2), firstRow: 3 }, { version: "2027.1", hash: official.hash }).kind).toBe("intact");
  });

  it("names the sheet row of a bad row when the cells start below the top (a table's range)", () => {
    const rows = edit(en, 6, col("en", "goal"), 9).slice(2);
    const read = readCarriedCatalogue({ sheet: "Catalogue", rows, firstRow: 3 }, { version: "2027.1", hash: official.hash });
    expect(read).toMatchObject({ kind: "changed", detail: { en: expect.stringMatching(/^row 7:/) } });
  });

  it("is changed when the recorded hash is another catalogue's", () => {
    expect(readCarriedCatalogue({ sheet: "Catalogue", rows: en }, { version: "2027.1", hash: bundledCatalogue().hash }).kind).toBe("changed");
  });
});

describe("a measure's target", () => {
  it.each([
    ["short", "short"],
    ["Short", "short"],
    ["short-term", "short"],
    [" Short  term ", "short"],
    ["រយៈពេលមធ្យម", "medium"],
    ["Long term", "long"],
    ["2027", "2027"],
    ["Q4 2030", "Q4 2030"],
    ["", ""],
  ])("%p is kept as %p (one spelling per horizon, so the sheet's label reads back the same)", (typed, kept) => {
    expect(canonicalTarget(typed)).toBe(kept);
  });
});

describe("buildMeasure's memo (a carried catalogue reuses the measures of the one it was set up from)", () => {
  const record: MeasureRecord = {
    id: "G9-01",
    goal: "1",
    clusterEn: "Cluster",
    clusterKm: "",
    titleEn: "A title",
    titleKm: "ចំណងជើង",
    lead: "DGC",
    supporting: "DSC",
    dgpStrategy: "",
    leadInstitution: "",
    target: "short",
    provenance: "",
  };
  const build = (r: MeasureRecord, provenance: "official" | "working-title" = "official", row = 1) => buildMeasure(r, { file: "f", row }, provenance);

  it("gives the same measure for the same record, and for a horizon written as its label", () => {
    const first = build(record).measure;
    expect(first).toBeDefined();
    expect(build({ ...record }).measure).toBe(first);
    expect(build({ ...record, target: "Short term" }).measure).toBe(first);
  });

  it("builds again whatever the measure depends on", () => {
    expect(build(record, "working-title").measure?.provenance).toBe("working-title");
    expect(build(record, "official").measure?.provenance).toBe("official");
    expect(build({ ...record, provenance: "working-title" }, "official").measure?.provenance).toBe("working-title");
    expect(build({ ...record, titleEn: "Another title" }).measure?.title.en).toBe("Another title");
    expect(build({ ...record, target: "2027" }).measure?.target).toBe("2027");
  });

  it("reports a bad record's problems at every place it is met", () => {
    const bad = { ...record, lead: "XYZ" };
    expect(build(bad, "official", 3).problems.map((p) => p.where.row)).toEqual([3]);
    expect(build(bad, "official", 7).problems.map((p) => p.where.row)).toEqual([7]);
  });
});
