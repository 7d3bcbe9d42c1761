import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import {
  CATALOGUE_TABLE,
  LAYOUT_VERSION,
  META_KEYS,
  META_SHEET,
  ROLE_LABELS,
  SHEET_NAMES,
  STATUS_COLUMNS,
  STATUS_TABLE,
  headerRow,
  metaName,
} from "../../src/domain/statusSheet/columns";
import { STATUS_COLOURS, STATUS_LABELS } from "../../src/domain/entries/status";
import { statusSheetTitle } from "../../src/domain/statusSheet/sheetContract";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { createExcelFake, PAYLOAD_LIMIT_BYTES } from "../excel-fake";
import { QUARTER, ok, seedEntries, syntheticCatalogue } from "./support";

const catalogue = bundledCatalogue();

describe("setUpStatusWorkbook", () => {
  it("writes the sheet contract: title row 1, note row 2, header row 3, body from row 4, as a table", async () => {
    const fake = createExcelFake();
    const result = ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    const measures = committeeMeasures(catalogue, "DGC");
    expect(result).toMatchObject({
      rows: measures.length,
      measures: measures.length,
      orphans: [],
      refreshed: false,
      sheet: "Status",
    });
    expect(fake.cell("Status!A1").value).toBe(statusSheetTitle("DGC", QUARTER, "en"));
    expect(String(fake.cell("Status!A2").value)).toMatch(/grey columns come from the catalogue/);
    expect(fake.values("Status!A3:P3")).toEqual([headerRow("en")]);
    const last = 3 + measures.length;
    const table = fake.table(STATUS_TABLE)!;
    expect(table.sheet.name).toBe("Status");
    expect(table.rect).toEqual({
      r0: 2,
      c0: 0,
      r1: last - 1,
      c1: STATUS_COLUMNS.length - 1,
    });
    const first = measures[0]!;
    expect(fake.values("Status!A4:E4")).toEqual([
      [first.id, first.goal, first.title.en, first.lead, first.lead === "DGC" ? ROLE_LABELS.lead.en : ROLE_LABELS.supporting.en],
    ]);
    expect(
      fake
        .values(`Status!F4:P${last}`)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
  });

  it("writes the metadata on a very hidden sheet, as key/value text rows and workbook names", async () => {
    const fake = createExcelFake();
    ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DSC",
        quarter: QUARTER,
        lang: "km",
        host: fake,
      }),
    );
    const meta = fake.sheet(META_SHEET);
    expect(meta.visibility).toBe("VeryHidden");
    expect(meta.protection.protected).toBe(true);
    const rows = fake.values(`${META_SHEET}!A1:B${META_KEYS.length + 1}`);
    expect(rows[0]).toEqual(["key", "value"]);
    expect(Object.fromEntries(rows.slice(1))).toEqual({
      committee: "DSC",
      quarter: QUARTER,
      catalogueVersion: catalogue.version,
      catalogueHash: catalogue.hash,
      layoutVersion: LAYOUT_VERSION,
      language: "km",
      submittedAt: "",
      submittedBy: "",
      contentChecksum: "",
    });
    // "1" stays the text "1", not the number 1.
    expect(typeof fake.cell(`${META_SHEET}!B6`).value).toBe("string");
    META_KEYS.forEach((key, i) => {
      const name = fake.state.names.get(metaName(key).toUpperCase());
      expect(name).toMatchObject({
        name: metaName(key),
        rect: { r0: i + 1, c0: 1, r1: i + 1, c1: 1 },
      });
      expect(name?.sheet.name).toBe(META_SHEET);
    });
    expect(fake.sheet(SHEET_NAMES.status.km).visibility).toBe("Visible");
  });

  it("writes the read-only catalogue sheet with every measure as a table", async () => {
    const fake = createExcelFake();
    ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    const t = fake.table(CATALOGUE_TABLE)!;
    expect(t.sheet.name).toBe(SHEET_NAMES.catalogue.en);
    expect(t.rect.r1 - t.rect.r0).toBe(catalogue.measures.length);
    expect(t.sheet.protection.protected).toBe(true);
    expect(fake.cell("Catalogue!A4").locked).toBe(true);
  });

  it("formats, locks and validates: catalogue columns locked and grey, entry cells unlocked, validation on the body's entry cells only", async () => {
    const fake = createExcelFake();
    ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    const n = committeeMeasures(catalogue, "DGC").length;
    const sheet = fake.sheet("Status");
    expect(sheet.protection).toEqual({
      protected: true,
      options: expect.objectContaining({
        allowSort: false,
        allowInsertRows: false,
        allowDeleteRows: false,
      }),
    });
    expect(fake.cell("Status!A4")).toMatchObject({
      locked: true,
      fill: "#EDEDED",
    });
    expect(fake.cell("Status!F4")).toMatchObject({ locked: false });
    expect(fake.cell("Status!F4").fill).toBeUndefined();
    expect(fake.cell("Status!G4").numberFormat).toBe('0"%"');
    expect(fake.cell("Status!H4").numberFormat).toBe("dd/mm/yyyy");
    expect(fake.cell("Status!F4").validation?.rule.list?.source).toBe(
      Object.values(STATUS_LABELS)
        .map((l) => l.en)
        .join(","),
    );
    expect(fake.cell("Status!G4").validation?.rule.decimal).toEqual({
      operator: "Between",
      formula1: 0,
      formula2: 100,
    });
    expect(fake.cell("Status!H4").validation?.rule.date).toEqual({
      operator: "Between",
      formula1: "2021-01-01",
      formula2: "2035-12-31",
    });
    expect(fake.cell("Status!M4").validation?.rule.decimal).toEqual({
      operator: "GreaterThanOrEqualTo",
      formula1: 0,
    });
    expect(fake.cell("Status!J4").validation?.rule.textLength).toEqual({
      operator: "LessThanOrEqualTo",
      formula1: 2000,
    });
    expect(fake.cell(`Status!F${3 + n}`).validation).toBeDefined();
    // Not the header, not the catalogue columns, not below the table.
    expect(fake.cell("Status!F3").validation).toBeUndefined();
    expect(fake.cell("Status!A4").validation).toBeUndefined();
    expect(fake.cell(`Status!F${4 + n}`).validation).toBeUndefined();
  });

  it("colours statuses typed in either language and draws a data bar on progress", async () => {
    const fake = createExcelFake();
    ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DGC",
        quarter: QUARTER,
        lang: "km",
        host: fake,
      }),
    );
    const cfs = fake.sheet(SHEET_NAMES.status.km).conditionalFormats;
    const custom = cfs.filter((c) => c.type === "Custom");
    expect(custom).toHaveLength(6);
    for (const [code, label] of Object.entries(STATUS_LABELS)) {
      const cf = custom.find((c) => c.formula?.includes(`"${label.en}"`));
      expect(cf?.formula).toContain(`"${label.km}"`);
      expect(cf?.fill).toBe(`#${STATUS_COLOURS[code as keyof typeof STATUS_COLOURS]}`);
      expect(cf?.formula).toMatch(/^=OR\(TRIM\(F4\)=/);
    }
    const bar = cfs.find((c) => c.type === "DataBar");
    expect(bar?.rect.c0).toBe(6);
    expect(bar?.dataBar).toMatchObject({
      lower: { type: "Number", formula: "0" },
      upper: { type: "Number", formula: "100" },
    });
  });

  it("does not let a user type into the protected catalogue cells, and lets them fill in entry cells", async () => {
    const fake = createExcelFake();
    ok(
      await setUpStatusWorkbook({
        catalogue,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    const title = fake.cell("Status!C4").value;
    expect(await fake.user.type("Status!C4", "Something else")).toEqual({
      accepted: false,
      reason: "protected",
    });
    expect(await fake.user.paste("Status!B4", [[3, "Pasted over"]])).toEqual({
      accepted: false,
      reason: "protected",
    });
    expect(fake.cell("Status!C4").value).toBe(title);
    expect(await fake.user.type("Status!F4", "On track")).toEqual({
      accepted: true,
    });
    expect(await fake.user.type("Status!F5", "Half done")).toEqual({
      accepted: false,
      reason: "validation",
    });
    expect(await fake.user.type("Catalogue!D4", "x")).toEqual({
      accepted: false,
      reason: "protected",
    });
  });

  it("keeps text that looks like a number, a date or a formula as text", async () => {
    const fake = createExcelFake();
    const odd = syntheticCatalogue(3);
    const titles = ["=SUM(A1:A3)", "2026-07-15", "45%"];
    const measures = odd.measures.map((m, i) => ({
      ...m,
      title: { en: titles[i]!, km: "" },
    }));
    const cat = { ...odd, measures };
    ok(
      await setUpStatusWorkbook({
        catalogue: cat,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    expect(fake.values("Status!C4:C6")).toEqual(titles.map((t) => [t]));
    expect(fake.cell("Status!C4").formula).toBeUndefined();
  });

  // Requests per set-up: (1) what exists, and the new catalogue sheet; (2) a refresh's old entries;
  // (3) the status sheet, metadata and the sheets put in place. The same at every size: more only
  // for bytes (a request over 4 MB, a response over 5 MB), which these tables are far from.
  it("sets up and refreshes 139, 2,000 and 20,000 measures in the same number of syncs (2 and 3), every request and response under 5 MB", async () => {
    const counts: [number, number][] = [];
    for (const cat of [catalogue, syntheticCatalogue(2_000), syntheticCatalogue(20_000)]) {
      const fake = createExcelFake();
      ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
      const fresh = fake.stats.syncs;
      expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      fake.resetStats();
      ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
      counts.push([fresh, fake.stats.syncs]);
      expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    }
    expect(counts).toEqual([
      [2, 3],
      [2, 3],
      [2, 3],
    ]);
  });

  it("refreshes 20,000 filled-in rows keeping every entry; the extra requests are for bytes alone, each within 5 MB", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(20_000);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    seedEntries(fake, "Status", 20_000);
    const before = fake.values("Status!F4:P20003");
    fake.resetStats();
    const result = ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
    expect(result).toMatchObject({ rows: 20_000, carried: 20_000, refreshed: true });
    expect(fake.values(`${SHEET_NAMES.status.km}!F4:P20003`)).toEqual(before);
    // ~4.4 MB of catalogue sheet (every field, both languages) in two writes; ~7 MB of old entries
    // read in blocks after one refused response; ~7.8 MB of status sheet in two writes.
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
    const done = fake.stats.requests.filter((r) => !r.failed);
    expect(done.every((r) => r.requestBytes <= PAYLOAD_LIMIT_BYTES && r.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  it("splits values larger than one request into requests under 5 MB, and succeeds", async () => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(3_000, { titleLength: 1_500 });
    const result = ok(
      await setUpStatusWorkbook({
        catalogue: cat,
        committee: "DGC",
        quarter: QUARTER,
        lang: "en",
        host: fake,
      }),
    );
    expect(result.rows).toBe(3_000);
    const total = fake.stats.requests.reduce((sum, r) => sum + r.requestBytes, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.requests.every((r) => r.failed === undefined)).toBe(true);
    expect(fake.cell("Status!C3003").value).toBe(cat.measures[2_999]!.title.en);
  });
});
