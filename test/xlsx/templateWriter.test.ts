import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Catalogue } from "../../src/domain/catalogue/catalogue";
import { columnLetters } from "../../src/domain/entries/cells";
import { committee as committeeInfo } from "../../src/domain/catalogue/committees";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { isoToSerial } from "../../src/domain/entries/entryParse";
import type { CommitteeCode, MeasureId } from "../../src/domain/ids";
import type { Lang } from "../../src/domain/text/lang";
import { catalogueSheetColumns } from "../../src/domain/catalogue/sheetColumns";
import { CATALOGUE_TABLE, LAYOUT_VERSION, META_KEYS, META_SHEET, ROLE_LABELS, SHEET_NAMES, STATUS_COLUMNS, STATUS_TABLE, headerRow, metaName } from "../../src/domain/statusSheet/columns";
import { FIRST_YEAR, LAST_YEAR, formatQuarter, type IsoDate, type Quarter } from "../../src/domain/periods/periods";
import { STATUS_CODES, STATUS_COLOURS, STATUS_LABELS } from "../../src/domain/entries/status";
import { writeStatusWorkbook, type EntryValues } from "../../src/xlsx/write/templateWriter";
import { tempDir } from "../support/tmp";
import { PYTHON, TOOLS, describeWith } from "../support/environment";

/**
 * The template writer's output, read back by an independent reader: openpyxl (Debian
 * python3-openpyxl) run as /usr/bin/python3. Without it the suite is skipped locally and fails on CI.
 */

/** Reports what openpyxl sees, as JSON. argv: path, status sheet, catalogue sheet, cells to report. */
const READ_BACK = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")  # openpyxl drops the x14 data-bar extension with a warning
import openpyxl
path, status_name, catalogue_name, cells = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
wb = openpyxl.load_workbook(path)

def protection(ws):
    p = ws.protection
    return {k: bool(getattr(p, k)) for k in ["sheet", "selectLockedCells", "selectUnlockedCells", "formatColumns", "formatRows", "autoFilter", "sort", "insertRows", "deleteRows"]}

def widths(ws):
    # <col min max> groups adjacent columns of one width; openpyxl keys the group by its first column.
    out = {}
    for d in ws.column_dimensions.values():
        for i in range(d.min, d.max + 1):
            out[i] = d.width
    return [out.get(i) for i in range(1, ws.max_column + 1)]

def colour(c):
    return c.rgb if c is not None and isinstance(c.rgb, str) else None

ws = wb[status_name]
rules = []
for cf in ws.conditional_formatting:
    for r in cf.rules:
        fill = r.dxf.fill if r.dxf is not None else None
        rules.append({
            "range": str(cf.sqref), "type": r.type, "formula": list(r.formula or []),
            "fill": colour(fill.fgColor) if fill is not None else None,
            "cfvo": [[c.type, c.val] for c in r.dataBar.cfvo] if r.dataBar is not None else None,
        })
names = wb.defined_names
defined = {d.name: d.attr_text for d in (names.definedName if hasattr(names, "definedName") else names.values())}
cat = wb[catalogue_name]
meta = wb["PT_Meta"]
print(json.dumps({
    "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
    "active": wb.active.title,
    "creator": wb.properties.creator,
    "title": wb.properties.title,
    "a1": ws["A1"].value,
    "header": [c.value for c in ws[3]],
    "body": [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=ws.max_row)],
    "tables": {t.name: t.ref for t in ws.tables.values()},
    "catalogueTables": {t.name: t.ref for t in cat.tables.values()},
    "catalogueHeader": [c.value for c in cat[3]],
    "catalogueFirst": [c.value for c in cat[4]],
    "catalogueNote": cat["A2"].value,
    "validations": [{
        "type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1, "formula2": dv.formula2,
        "operator": dv.operator, "errorStyle": dv.errorStyle, "showErrorMessage": bool(dv.showErrorMessage),
        "allowBlank": bool(dv.allow_blank), "prompt": dv.prompt, "error": dv.error,
    } for dv in ws.data_validations.dataValidation],
    "protection": protection(ws),
    "catalogueProtection": protection(cat),
    "locked": {a: ws[a].protection.locked for a in ["A3", "A4", "C4", "E4", "F4", "G4", "P4"]},
    "catalogueLocked": cat["D4"].protection.locked,
    "numFmt": {a: ws[a].number_format for a in ["B4", "G4", "H4", "I4", "M4", "N4"]},
    "wrap": {a: bool(ws[a].alignment.wrap_text) for a in ["C4", "J4", "K4", "L4", "F4"]},
    "headerBold": all(c.font.b for c in ws[3]),
    "widths": widths(ws),
    "freeze": ws.freeze_panes,
    "print": {
        "orientation": ws.page_setup.orientation, "paperSize": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth, "fitToHeight": ws.page_setup.fitToHeight,
        "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage), "titleRows": ws.print_title_rows,
        "footer": " ".join(filter(None, [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text])),
    },
    "conditional": rules,
    "defined": defined,
    "meta": [[r[0].value, r[1].value, r[1].data_type] for r in meta.iter_rows(min_row=1, max_row=meta.max_row, max_col=2)],
    "cells": {a: {"value": ws[a].value, "type": ws[a].data_type} for a in cells if a},
}, default=str))  # dates as "2026-07-15 00:00:00"
`;

interface Validation {
  type: string;
  sqref: string;
  formula1: string | null;
  formula2: string | null;
  operator: string | null;
  errorStyle: string | null;
  showErrorMessage: boolean;
  allowBlank: boolean;
  prompt: string | null;
  error: string | null;
}

interface ReadBack {
  sheets: [string, string][];
  active: string;
  creator: string;
  title: string;
  a1: string;
  header: (string | null)[];
  body: (string | number | null)[][];
  tables: Record<string, string>;
  catalogueTables: Record<string, string>;
  catalogueHeader: (string | null)[];
  catalogueFirst: (string | number | null)[];
  catalogueNote: string;
  validations: Validation[];
  protection: Record<string, boolean>;
  catalogueProtection: Record<string, boolean>;
  locked: Record<string, boolean>;
  catalogueLocked: boolean;
  numFmt: Record<string, string>;
  wrap: Record<string, boolean>;
  headerBold: boolean;
  widths: number[];
  freeze: string;
  print: { orientation: string; paperSize: number; fitToWidth: number; fitToHeight: number; fitToPage: boolean; titleRows: string; footer: string };
  conditional: { range: string; type: string; formula: string[]; fill: string | null; cfvo: [string, number][] | null }[];
  defined: Record<string, string>;
  meta: [string, string | null, string][];
  cells: Record<string, { value: string | number | null; type: string }>;
}

function readBack(file: string, lang: Lang, cells: string[] = []): ReadBack {
  const out = execFileSync(PYTHON, ["-c", READ_BACK, file, SHEET_NAMES.status[lang], SHEET_NAMES.catalogue[lang], cells.join(",")], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out) as ReadBack;
}

/** Every cell address a range list like "H4:I63 J4" covers. */
function expand(sqref: string): string[] {
  const cells: string[] = [];
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(part);
    if (!m) throw new Error(`not a bounded cell range: ${part}`);
    const [c1, r1, c2, r2] = [colIndex(m[1]!), Number(m[2]), colIndex(m[3] ?? m[1]!), Number(m[4] ?? m[2])];
    for (let c = c1; c <= c2; c++) for (let r = r1; r <= r2; r++) cells.push(`${columnLetters(c)}${r}`);
  }
  return cells;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const QUARTER = "2026-Q3" as Quarter;
const col = (key: (typeof STATUS_COLUMNS)[number]["key"]) => columnLetters(STATUS_COLUMNS.findIndex((c) => c.key === key));
const unquote = (ref: string) => ref.replace(/'/g, "");

describeWith([TOOLS.openpyxl], "writeStatusWorkbook, read back by openpyxl", () => {
  const tmp = tempDir("template");
  afterAll(() => tmp.cleanup());
  const catalogue = bundledCatalogue();

  const cases: { committee: CommitteeCode; lang: Lang }[] = [
    { committee: "DGC", lang: "en" },
    { committee: "DGC", lang: "km" },
    { committee: "DEBC", lang: "en" },
    { committee: "DEBC", lang: "km" },
    { committee: "DSC", lang: "en" },
    { committee: "DSC", lang: "km" },
  ];

  test.each(cases)("$committee in $lang", async ({ committee, lang }) => {
    const measures = committeeMeasures(catalogue, committee);
    const first = measures[0]!;
    const entries = new Map<MeasureId, EntryValues>([
      [
        first.id,
        {
          status: STATUS_LABELS["on-track"][lang],
          progress: 45,
          plannedCompletion: isoToSerial("2026-07-15" as IsoDate),
          achievements: '=HYPERLINK("http://example.invalid","click")',
          challenges: "@SUM(A1:A2)",
          nextSteps: "+1",
          officer: "-2",
          budgetPlanned: 125000,
        },
      ],
    ]);
    const file = tmp.path(`${committee}-${lang}.xlsx`);
    writeFileSync(file, await writeStatusWorkbook({ catalogue, committee, quarter: QUARTER, lang, entries }));
    const r4 = (key: Parameters<typeof col>[0]) => `${col(key)}4`;
    const wb = readBack(file, lang, [r4("status"), r4("progress"), r4("plannedCompletion"), r4("achievements"), r4("challenges"), r4("nextSteps"), r4("officer"), r4("budgetPlanned")]);
    const lastRow = 3 + measures.length;
    const lastCol = columnLetters(STATUS_COLUMNS.length - 1);

    // Sheets, their states, the active tab and the workbook properties.
    expect(wb.sheets).toEqual([
      [SHEET_NAMES.status[lang], "visible"],
      [SHEET_NAMES.catalogue[lang], "visible"],
      [SHEET_NAMES.instructions[lang], "visible"],
      [META_SHEET, "veryHidden"],
    ]);
    expect(wb.active).toBe(SHEET_NAMES.status[lang]);
    expect(wb.creator).toBe("Policy Tracker");
    expect(wb.title).toContain(formatQuarter(QUARTER, lang));

    // Title, header and body: one row per measure the committee leads or supports, in catalogue order.
    expect(wb.a1).toContain(committeeInfo(committee).name[lang]);
    expect(wb.a1).toContain(formatQuarter(QUARTER, lang));
    expect(wb.header).toEqual(headerRow(lang));
    expect(wb.headerBold).toBe(true);
    expect(wb.body).toHaveLength(measures.length);
    expect(wb.body.map((row) => row[0])).toEqual(measures.map((m) => m.id));
    const roleAt = STATUS_COLUMNS.findIndex((c) => c.key === "role");
    const leads = wb.body.filter((row) => row[roleAt] === ROLE_LABELS.lead[lang]).length;
    expect(leads).toBe(measures.filter((m) => m.lead === committee).length);
    expect(wb.body.filter((row) => row[roleAt] === ROLE_LABELS.supporting[lang])).toHaveLength(measures.length - leads);
    if (committee === "DGC") {
      expect(leads).toBe(60);
      expect(measures.length).toBeGreaterThan(60);
    }
    expect(wb.widths).toEqual(STATUS_COLUMNS.map((c) => c.width));

    // Tables.
    expect(wb.tables).toEqual({ [STATUS_TABLE]: `A3:${lastCol}${lastRow}` });
    expect(wb.catalogueTables).toEqual({ [CATALOGUE_TABLE]: `A3:${columnLetters(catalogueSheetColumns(lang).length - 1)}${3 + catalogue.measures.length}` });

    // Data validation: bounded ranges, together exactly the entry cells of the body, each once.
    const entryCells = STATUS_COLUMNS.flatMap((c, i) => (c.kind === "entry" ? measures.map((_, r) => `${columnLetters(i)}${r + 4}`) : []));
    const covered = wb.validations.flatMap((v) => expand(v.sqref));
    for (const v of wb.validations) expect(v.sqref).not.toMatch(/(^|\s|:)[A-Z]+(\s|:|$)|1048576/);
    expect(covered.slice().sort()).toEqual(entryCells.slice().sort());
    expect(new Set(covered).size).toBe(covered.length);
    const validationAt = (key: Parameters<typeof col>[0]) => wb.validations.find((v) => expand(v.sqref).includes(`${col(key)}4`))!;
    for (const v of wb.validations) {
      expect(v.showErrorMessage).toBe(true);
      expect(v.allowBlank).toBe(true);
      expect(v.prompt).toBeTruthy();
      expect(v.error).toBeTruthy();
    }
    const list = validationAt("status");
    expect(list).toMatchObject({ type: "list", errorStyle: "stop", formula1: `"${STATUS_CODES.map((c) => STATUS_LABELS[c][lang]).join(",")}"` });
    expect(list.formula1!.length).toBeLessThanOrEqual(255);
    expect(validationAt("progress")).toMatchObject({ type: "decimal", formula1: "0", formula2: "100" });
    for (const key of ["plannedCompletion", "actualCompletion"] as const) {
      expect(validationAt(key)).toMatchObject({
        type: "date",
        formula1: String(isoToSerial(`${FIRST_YEAR}-01-01` as IsoDate)),
        formula2: String(isoToSerial(`${LAST_YEAR}-12-31` as IsoDate)),
      });
    }
    for (const key of ["budgetPlanned", "budgetSpent"] as const) expect(validationAt(key)).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0" });
    for (const c of STATUS_COLUMNS.filter((x) => x.kind === "entry" && x.maxLength !== undefined)) {
      expect(validationAt(c.key)).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formula1: String(c.maxLength), errorStyle: "warning" });
    }

    // Protection: catalogue cells locked, entry cells open; filters allowed, sorting and row edits not.
    expect(wb.protection).toEqual({
      sheet: true,
      // openpyxl's flags say what is *prohibited*.
      selectLockedCells: false,
      selectUnlockedCells: false,
      formatColumns: false,
      formatRows: false,
      autoFilter: false,
      sort: true,
      insertRows: true,
      deleteRows: true,
    });
    expect(wb.locked).toEqual({ A3: true, A4: true, C4: true, E4: true, F4: false, G4: false, P4: false });
    expect(wb.catalogueProtection.sheet).toBe(true);
    expect(wb.catalogueLocked).toBe(true);

    // Formats, wrapping, panes and print setup.
    expect(wb.numFmt).toEqual({ B4: "0", G4: '0"%"', H4: "dd/mm/yyyy", I4: "dd/mm/yyyy", M4: "#,##0", N4: "#,##0" });
    expect(wb.wrap).toEqual({ C4: true, J4: true, K4: true, L4: true, F4: false });
    expect(wb.freeze).toBe("D4");
    expect(wb.print).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0, fitToPage: true });
    expect(wb.print.titleRows.replace(/\$/g, "")).toBe("3:3");
    expect(wb.print.footer).toContain("&P / &N");

    // Conditional formats: six status colours matching either language, a 0-100 data bar.
    const statusRange = `${col("status")}4:${col("status")}${lastRow}`;
    const colourRules = wb.conditional.filter((r) => r.type === "expression");
    expect(colourRules).toHaveLength(STATUS_CODES.length);
    STATUS_CODES.forEach((code, i) => {
      const rule = colourRules[i]!;
      expect(rule.range).toBe(statusRange);
      expect(rule.formula[0]).toContain(`"${STATUS_LABELS[code].en}"`);
      expect(rule.formula[0]).toContain(`"${STATUS_LABELS[code].km}"`);
      expect(rule.fill).toBe(`FF${STATUS_COLOURS[code]}`);
    });
    const bars = wb.conditional.filter((r) => r.type === "dataBar");
    expect(bars).toEqual([expect.objectContaining({ range: `${col("progress")}4:${col("progress")}${lastRow}`, cfvo: [["num", 0], ["num", 100]] })]);

    // Metadata: the very hidden sheet, string values, and a defined name per key.
    const values: Record<string, string> = {
      committee,
      quarter: QUARTER,
      catalogueVersion: catalogue.version,
      catalogueHash: catalogue.hash,
      layoutVersion: LAYOUT_VERSION,
      language: lang,
    };
    expect(wb.meta[0]).toEqual(["key", "value", "s"]);
    expect(wb.meta.slice(1).map(([k]) => k)).toEqual([...META_KEYS]);
    for (const [key, value, type] of wb.meta.slice(1)) {
      expect(value ?? "").toBe(values[key] ?? "");
      if (value) expect(type).toBe("s");
    }
    expect(catalogue.hash).toMatch(/^[0-9a-f]{64}$/);
    META_KEYS.forEach((key, i) => expect(unquote(wb.defined[metaName(key)]!)).toBe(`${META_SHEET}!$B$${i + 2}`));

    // Pre-filled entries: formula-like text stays text; numbers stay numbers.
    expect(wb.cells).toEqual({
      [r4("status")]: { value: STATUS_LABELS["on-track"][lang], type: "s" },
      [r4("progress")]: { value: 45, type: "n" },
      [r4("plannedCompletion")]: { value: "2026-07-15 00:00:00", type: "d" },
      [r4("achievements")]: { value: '=HYPERLINK("http://example.invalid","click")', type: "s" },
      [r4("challenges")]: { value: "@SUM(A1:A2)", type: "s" },
      [r4("nextSteps")]: { value: "+1", type: "s" },
      [r4("officer")]: { value: "-2", type: "s" },
      [r4("budgetPlanned")]: { value: 125000, type: "n" },
    });

    // The catalogue sheet: every measure, labels in the workbook's language, working titles marked.
    expect(wb.catalogueHeader[0]).toBe(STATUS_COLUMNS[0]!.label[lang]);
    expect(wb.catalogueFirst[0]).toBe(catalogue.measures[0]!.id);
    const provenanceAt = catalogueSheetColumns(lang).findIndex((c) => c.field === "provenance");
    expect(wb.catalogueFirst[provenanceAt]).toBe(lang === "en" ? "Working title" : "ចំណងជើងបណ្ដោះអាសន្ន");
    expect(wb.catalogueNote).toContain(lang === "en" ? "Working title" : "ចំណងជើងបណ្ដោះអាសន្ន");
  });

  test("entries for IDs the committee does not report on are kept at the end, never dropped", async () => {
    const file = tmp.path("extra.xlsx");
    const entries = new Map<MeasureId, EntryValues>([["G9-99" as MeasureId, { status: "Completed", progress: 100 }]]);
    writeFileSync(file, await writeStatusWorkbook({ catalogue, committee: "DSC", quarter: QUARTER, lang: "en", entries }));
    const wb = readBack(file, "en");
    const measures = committeeMeasures(catalogue, "DSC");
    expect(wb.body).toHaveLength(measures.length + 1);
    expect(wb.body.at(-1)!.slice(0, 7)).toEqual(["G9-99", null, null, null, null, "Completed", 100]);
    expect(wb.tables[STATUS_TABLE]).toBe(`A3:P${4 + measures.length}`);
  });

  test("a committee with no measures still gets a valid table with one empty row", async () => {
    const empty: Catalogue = { ...catalogue, measures: catalogue.measures.filter((m) => m.lead !== "DSC" && !m.supporting.includes("DSC")) };
    const file = tmp.path("empty.xlsx");
    writeFileSync(file, await writeStatusWorkbook({ catalogue: empty, committee: "DSC", quarter: QUARTER, lang: "km" }));
    const wb = readBack(file, "km");
    expect(wb.tables[STATUS_TABLE]).toBe("A3:P4");
    expect(wb.body).toEqual([STATUS_COLUMNS.map(() => null)]);
    expect(wb.validations.flatMap((v) => expand(v.sqref)).every((a) => a.endsWith("4"))).toBe(true);
  });
});

test("table rows carry a height but no customHeight flag, so Excel re-fits them as text is typed", async () => {
  const bytes = await writeStatusWorkbook({ catalogue: bundledCatalogue(), committee: "DGC", quarter: QUARTER, lang: "km" });
  const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
  const rows = [...xml.matchAll(/<row r="(\d+)"([^>]*)>/g)].map((m) => ({ r: Number(m[1]), attrs: m[2]! }));
  expect(rows.filter((x) => x.r <= 2).every((x) => /ht="[\d.]+" customHeight="1"/.test(x.attrs))).toBe(true);
  const table = rows.filter((x) => x.r >= 3);
  expect(table).toHaveLength(1 + committeeMeasures(bundledCatalogue(), "DGC").length);
  for (const x of table) {
    expect(x.attrs).toMatch(/^ ht="[\d.]+"/);
    expect(x.attrs).not.toContain("customHeight");
  }
});

test.each([
  // Counted in seeds/catalogue.json: measures each committee leads, and those it only supports.
  ["DGC", 60, 43],
  ["DEBC", 54, 45],
  ["DSC", 25, 32],
] as const)("committeeMeasures of %s: the %i it leads and %i it supports, in catalogue order", (code, led, supported) => {
  const catalogue = bundledCatalogue();
  const measures = committeeMeasures(catalogue, code);
  expect(measures.filter((m) => m.lead === code)).toHaveLength(led);
  expect(measures.filter((m) => m.lead !== code && m.supporting.includes(code))).toHaveLength(supported);
  expect(measures).toHaveLength(led + supported);
  const order = measures.map((m) => catalogue.measures.indexOf(m));
  expect(order).toEqual([...order].sort((a, b) => a - b));
});
