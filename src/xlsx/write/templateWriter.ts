import { Workbook, type Alignment, type Worksheet } from "exceljs";
import type { Catalogue, Measure } from "../../domain/catalogue/catalogue";
import { a1, columnLetters } from "../../domain/entries/cells";
import { committee as committeeInfo } from "../../domain/catalogue/committees";
import { catalogueSheetColumns } from "../../domain/catalogue/sheetColumns";
import { committeeMeasures } from "../../domain/catalogue/committeeMeasures";
import { entryValidation, type EntryValidation } from "../../domain/entries/entryValidation";
import { type CommitteeCode, type MeasureId } from "../../domain/ids";
import { pick, type Lang } from "../../domain/text/lang";
import { STATUS_MEANINGS, instructionsText, seeInstructionsSheet } from "../../domain/statusSheet/instructions";
import {
  CATALOGUE_TABLE,
  META_KEYS,
  META_SHEET,
  SHEET_NAMES,
  STATUS_COLUMNS,
  STATUS_TABLE,
  headerRow,
  metaName,
  type ColumnDef,
  type ColumnKey,
} from "../../domain/statusSheet/columns";
import { formatQuarter, type Quarter } from "../../domain/periods/periods";
import {
  CATALOGUE_SHEET_ROWS,
  META_SHEET_ROWS,
  SHEET_FILLS,
  SHEET_TEXT,
  STATUS_SHEET_ROWS,
  catalogueSheetNote,
  catalogueSheetTitle,
  newTableMeta,
  numberFormatFor,
  statusCatalogueCells,
  statusSheetNote,
  statusSheetTitle,
  wrapsText,
} from "../../domain/statusSheet/sheetContract";
import { STATUS_CODES, STATUS_COLOURS, STATUS_LABELS } from "../../domain/entries/status";
import { addValidation } from "./excelJsValidation";
import {
  BORDERS,
  addProgressBars,
  HEADER_ALIGN,
  TITLE_BLUE,
  TOP,
  TOP_WRAP,
  TYPE,
  WHITE,
  font,
  pageSetup,
  rowHeight,
  solid,
  textUnits,
} from "./sheetStyle";
import { releaseRowHeights } from "./patches/rowHeights";

export type EntryValues = Partial<Record<ColumnKey, string | number | null>>;

export interface StatusWorkbookOptions {
  readonly catalogue: Catalogue;
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly lang: Lang;
  /** Pre-filled entry cells by measure ID. Values are written as given; strings stay strings (never formulas). */
  readonly entries?: ReadonlyMap<MeasureId, EntryValues>;
}

// ---------------------------------------------------------------------------------------------
// Styles.

const GREY_FILL = solid(SHEET_FILLS.catalogueCell);
const HEADER_FILL_CATALOGUE = solid(SHEET_FILLS.catalogueHeader);
const HEADER_FILL_ENTRY = solid(SHEET_FILLS.entryHeader);

/** Titles and long texts wrap (wrapsText); everything sits at the top so tall rows read well. */
function alignmentFor(col: ColumnDef): Partial<Alignment> {
  if (wrapsText(col)) return TOP_WRAP;
  if (col.type === "goal") return { vertical: "top", horizontal: "center" };
  return TOP;
}

function displayText(value: string | number | null, col: ColumnDef): string {
  if (value === null) return "";
  if (typeof value === "number" && col.type === "date") return "00/00/0000";
  if (typeof value === "number" && col.type === "money") return value.toLocaleString("en-US");
  return String(value);
}

/** Sheet protection: entry cells stay editable, filters work, rows cannot be inserted, deleted or sorted. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
} as const;

// ---------------------------------------------------------------------------------------------
// The workbook.

/** Writes a committee's status workbook for one quarter, in one language, as xlsx bytes. */
export async function writeStatusWorkbook(options: StatusWorkbookOptions): Promise<Uint8Array> {
  const { catalogue, committee, quarter, lang } = options;
  const committeeName = pick(committeeInfo(committee).name, lang);
  const quarterText = formatQuarter(quarter, lang);
  const measures = committeeMeasures(catalogue, committee);

  const wb = new Workbook();
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.title = `${committeeName} — ${quarterText}`;
  wb.subject = `${SHEET_TEXT.statusTitleSuffix[lang]} — ${catalogue.version}`;

  // `tabSelected` is written by ExcelJS's sheet-view writer but missing from its typings.
  const firstBody = STATUS_SHEET_ROWS.firstBody - 1;
  const statusView = {
    state: "frozen",
    xSplit: 3,
    ySplit: STATUS_SHEET_ROWS.header,
    topLeftCell: a1(firstBody, 3),
    activeCell: a1(firstBody, STATUS_COLUMNS.findIndex((c) => c.kind === "entry")),
    tabSelected: true,
  } as const;
  const status = wb.addWorksheet(SHEET_NAMES.status[lang], { views: [statusView] });
  const autoHeightRows = await writeStatusSheet(status, options, measures, quarterText);

  const catalogueSheet = wb.addWorksheet(SHEET_NAMES.catalogue[lang], { views: [{ state: "frozen", xSplit: 0, ySplit: CATALOGUE_SHEET_ROWS.header, activeCell: "A4" }] });
  await writeCatalogueSheet(catalogueSheet, catalogue, lang);

  const instructions = wb.addWorksheet(SHEET_NAMES.instructions[lang]);
  await writeInstructionsSheet(instructions, committee, quarter, lang);

  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  const values = newTableMeta(catalogue, committee, quarter, lang);
  meta.getRow(META_SHEET_ROWS.header).values = ["key", "value"];
  META_KEYS.forEach((key, i) => {
    const row = META_SHEET_ROWS.firstKey + i;
    meta.getCell(row, 1).value = key;
    // Always a string cell: a hash of digits only, or a numeric-looking version, must not become a number.
    meta.getCell(row, 2).value = String(values[key]);
    wb.definedNames.add(`'${META_SHEET}'!$B$${row}`, metaName(key));
  });
  meta.getColumn(1).width = 18;
  meta.getColumn(2).width = 70;
  await meta.protect("", { ...PROTECTION, autoFilter: false });

  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return releaseRowHeights(bytes, `xl/worksheets/sheet${status.id}.xml`, autoHeightRows);
}

async function writeStatusSheet(
  ws: Worksheet,
  options: StatusWorkbookOptions,
  measures: readonly Measure[],
  quarterText: string,
): Promise<{ from: number; to: number }> {
  const { catalogue, committee, quarter, lang, entries } = options;
  const R = STATUS_SHEET_ROWS;
  STATUS_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const frozenWidth = STATUS_COLUMNS.slice(0, 3).reduce((sum, c) => sum + c.width, 0);

  // Title and note: merged over the frozen columns, so they stay whole however far one scrolls.
  const title = statusSheetTitle(committee, quarter, lang);
  const note = statusSheetNote(lang, measures, seeInstructionsSheet(lang));
  ws.mergeCells(R.title, 1, R.title, 3);
  ws.mergeCells(R.note, 1, R.note, 3);
  const titleCell = ws.getCell(R.title, 1);
  titleCell.value = title;
  titleCell.font = font(lang, { bold: true, size: 14, color: TITLE_BLUE });
  titleCell.alignment = { vertical: "middle", wrapText: true };
  ws.getRow(R.title).height = rowHeight(lang, [{ text: title, width: frozenWidth, size: 14, bold: true, wrap: true }]) + 4;
  const noteCell = ws.getCell(R.note, 1);
  noteCell.value = note;
  noteCell.font = font(lang, { italic: lang === "en", size: TYPE[lang].size - 1, color: { argb: "FF404040" } });
  noteCell.alignment = TOP_WRAP;
  ws.getRow(R.note).height = rowHeight(lang, [{ text: note, width: frozenWidth, size: TYPE[lang].size - 1, wrap: true }]) + 4;

  // Body: committee measures in catalogue order, then any entries for IDs the committee no longer
  // reports on (kept, never dropped: the rules flag them).
  const known = new Set<string>(measures.map((m) => m.id));
  const extra = [...(entries?.keys() ?? [])].filter((id) => !known.has(id));
  const bodyRows: (string | number | null)[][] = measures.map((m) => {
    const fromCatalogue = statusCatalogueCells(m, committee, lang);
    return STATUS_COLUMNS.map((c) => fromCatalogue[c.key] ?? entryValue(entries?.get(m.id), c.key));
  });
  for (const id of extra) bodyRows.push(STATUS_COLUMNS.map((c) => (c.key === "id" ? id : c.kind === "entry" ? entryValue(entries?.get(id), c.key) : null)));
  // An Excel table needs at least one body row.
  if (bodyRows.length === 0) bodyRows.push(STATUS_COLUMNS.map(() => null));

  ws.addTable({
    name: STATUS_TABLE,
    ref: a1(R.header - 1, 0),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: false },
    columns: headerRow(lang).map((name) => ({ name, filterButton: true })),
    rows: bodyRows,
  });

  const header = ws.getRow(R.header);
  STATUS_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = font(lang, { bold: true, color: WHITE });
    cell.fill = c.kind === "entry" ? HEADER_FILL_ENTRY : HEADER_FILL_CATALOGUE;
    cell.alignment = HEADER_ALIGN;
    cell.border = BORDERS;
    cell.protection = { locked: true };
  });
  // Room for the filter button beside each label.
  header.height = rowHeight(
    lang,
    STATUS_COLUMNS.map((c) => ({ text: c.label[lang], width: c.width - 2, bold: true, wrap: true })),
  );

  const firstBody = R.firstBody;
  const lastBody = R.firstBody + bodyRows.length - 1;
  bodyRows.forEach((values, index) => {
    const row = ws.getRow(firstBody + index);
    STATUS_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const numFmt = numberFormatFor(c);
      if (numFmt) cell.numFmt = numFmt;
      cell.font = font(lang);
      cell.alignment = alignmentFor(c);
      cell.border = BORDERS;
      if (c.kind === "catalogue") {
        cell.fill = GREY_FILL;
        cell.protection = { locked: true };
      } else {
        cell.protection = { locked: false };
      }
    });
    row.height = rowHeight(
      lang,
      STATUS_COLUMNS.map((c, i) => ({ text: displayText(values[i] ?? null, c), width: c.width, wrap: wrapsText(c) })),
    );
  });

  // Validation: one rule per run of adjacent entry columns that share it, over the body rows only.
  const bodyRange = (from: number, to: number) => `${columnLetters(from)}${firstBody}:${columnLetters(to)}${lastBody}`;
  let run: { from: number; to: number; validation: EntryValidation; key: string } | undefined;
  const flush = () => {
    if (run) addValidation(ws, bodyRange(run.from, run.to), run.validation);
    run = undefined;
  };
  STATUS_COLUMNS.forEach((c, i) => {
    const validation = entryValidation(c, lang);
    if (!validation) return flush();
    const key = JSON.stringify(validation);
    if (run && run.key === key && run.to === i - 1) run.to = i;
    else {
      flush();
      run = { from: i, to: i, validation, key };
    }
  });
  flush();

  // Status colours, matching the label typed in either language.
  const statusCol = STATUS_COLUMNS.findIndex((c) => c.type === "status");
  const statusTop = a1(firstBody - 1, statusCol);
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  ws.addConditionalFormatting({
    ref: bodyRange(statusCol, statusCol),
    rules: STATUS_CODES.map((code, i) => ({
      type: "expression",
      priority: i + 1,
      formulae: [`OR(TRIM(${statusTop})=${literal(STATUS_LABELS[code].en)},TRIM(${statusTop})=${literal(STATUS_LABELS[code].km)})`],
      style: { fill: solid(STATUS_COLOURS[code]) },
    })),
  });
  const progressCol = STATUS_COLUMNS.findIndex((c) => c.type === "percent");
  addProgressBars(ws, bodyRange(progressCol, progressCol), STATUS_CODES.length + 1);

  pageSetup(ws, "landscape", `${R.header}:${R.header}`, `${committee} · ${quarterText} · ${catalogue.version}`);
  await ws.protect("", PROTECTION);
  return { from: R.header, to: lastBody };
}

function entryValue(values: EntryValues | undefined, key: ColumnKey): string | number | null {
  const v = values?.[key];
  return v === undefined ? null : v;
}

async function writeCatalogueSheet(ws: Worksheet, catalogue: Catalogue, lang: Lang): Promise<void> {
  const R = CATALOGUE_SHEET_ROWS;
  const columns = catalogueSheetColumns(lang);
  const rows = catalogue.measures.map((m) => columns.map((c) => c.value(m, lang)));
  if (rows.length === 0) rows.push(columns.map(() => ""));
  // Columns that do not wrap widen to their longest value (Khmer labels run longer than English).
  const scale = TYPE[lang].size / 11;
  const widths = columns.map((c, i) =>
    c.wrap ? c.width : Math.min(30, Math.max(c.width, Math.ceil(Math.max(...rows.map((r) => textUnits(String(r[i]), lang, false))) * scale + 1.5))),
  );
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const totalWidth = widths.reduce((sum, w) => sum + w, 0);
  const titleCell = ws.getCell(R.title, 1);
  titleCell.value = catalogueSheetTitle(catalogue, lang);
  titleCell.font = font(lang, { bold: true, size: 14, color: TITLE_BLUE });
  ws.getRow(R.title).height = rowHeight(lang, [{ text: "", width: totalWidth, size: 14, wrap: false }]) + 4;
  const working = catalogue.measures.some((m) => m.provenance === "working-title");
  const note = catalogueSheetNote(catalogue, lang);
  ws.mergeCells(R.note, 1, R.note, columns.length);
  const noteCell = ws.getCell(R.note, 1);
  noteCell.value = note;
  noteCell.font = font(lang, { italic: lang === "en", bold: working, size: TYPE[lang].size - 1, color: { argb: working ? "FF9C5700" : "FF404040" } });
  noteCell.alignment = TOP_WRAP;
  ws.getRow(R.note).height = rowHeight(lang, [{ text: note, width: totalWidth, size: TYPE[lang].size - 1, bold: working, wrap: true }]) + 4;

  ws.addTable({
    name: CATALOGUE_TABLE,
    ref: a1(R.header - 1, 0),
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: columns.map((c) => ({ name: c.label[lang], filterButton: true })),
    rows,
  });
  const header = ws.getRow(R.header);
  header.eachCell((cell) => {
    cell.font = font(lang, { bold: true, color: WHITE });
    cell.fill = HEADER_FILL_CATALOGUE;
    cell.alignment = HEADER_ALIGN;
    cell.border = BORDERS;
  });
  header.height = rowHeight(
    lang,
    columns.map((c, i) => ({ text: c.label[lang], width: widths[i]! - 2, bold: true, wrap: true })),
  );
  rows.forEach((values, index) => {
    const row = ws.getRow(R.firstBody + index);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = font(lang);
      cell.alignment = c.wrap ? TOP_WRAP : c.center ? { vertical: "top", horizontal: "center" } : TOP;
      cell.border = BORDERS;
    });
    row.height = rowHeight(
      lang,
      columns.map((c, i) => ({ text: String(values[i] ?? ""), width: widths[i]!, wrap: c.wrap === true })),
    );
  });
  pageSetup(ws, "landscape", `${R.header}:${R.header}`, `${SHEET_TEXT.catalogueTitle[lang]} ${catalogue.version}`);
  await ws.protect("", PROTECTION);
}

async function writeInstructionsSheet(ws: Worksheet, committee: CommitteeCode, quarter: Quarter, lang: Lang): Promise<void> {
  const text = instructionsText(committee, quarter, lang);
  const widths = [22, 95] as const;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  const put = (a: string | null, b: string | null, style: { bold?: boolean; size?: number; fill?: string; right?: boolean } = {}) => {
    const row = ws.getRow(r++);
    const size = style.size ?? TYPE[lang].size;
    if (a !== null) {
      const cell = row.getCell(1);
      cell.value = a;
      cell.font = font(lang, { bold: style.bold ?? false, size, ...(style.size ? { color: TITLE_BLUE } : {}) });
      cell.alignment = style.right ? { vertical: "top", horizontal: "right" } : TOP;
      if (style.fill) {
        cell.fill = solid(style.fill);
        cell.border = BORDERS;
      }
    }
    if (b !== null) {
      const cell = row.getCell(2);
      cell.value = b;
      cell.font = font(lang);
      cell.alignment = TOP_WRAP;
      if (style.fill) cell.border = BORDERS;
    }
    row.height = rowHeight(lang, [
      { text: a ?? "", width: widths[0], size, bold: style.bold, wrap: false },
      { text: b ?? "", width: widths[1], wrap: true },
    ]);
  };
  put(text.title, null, { bold: true, size: 14 });
  r++;
  for (const line of text.intro) put(null, line);
  r++;
  put(text.statusHeading, null, { bold: true });
  for (const code of STATUS_CODES) put(STATUS_LABELS[code][lang], STATUS_MEANINGS[code][lang], { fill: STATUS_COLOURS[code] });
  r++;
  put(text.rulesHeading, null, { bold: true });
  text.rules.forEach((rule, i) => put(`${i + 1}.`, rule, { right: true }));
  pageSetup(ws, "portrait", undefined, SHEET_NAMES.instructions[lang]);
  await ws.protect("", { ...PROTECTION, autoFilter: false });
}
