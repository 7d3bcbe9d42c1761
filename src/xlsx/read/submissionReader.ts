import type { CatalogueSheetCells } from "../../domain/catalogue/carried";
import { a1, cellText, type Cell } from "../../domain/entries/cells";
import type { SubmissionInput } from "../../domain/rules/submissionCheck";
import { META_KEYS, META_SHEET, SHEET_NAMES, mapHeader, type ColumnKey, type MetaKey, type WorkbookMeta } from "../../domain/statusSheet/columns";
import type { StatusRow } from "../../domain/statusSheet/statusRow";
import { AUDIT_COLUMN_KEYS, AUDIT_SHEET, parseAuditRows, type AuditRow } from "../../domain/statusSheet/auditLog";
import { WorkbookReadError } from "./errors";
import { openWorkbook, type ReadOptions as OpenOptions, type WorkbookReader } from "./openWorkbook";
import type { SheetData } from "./sheetReader";

/** A status workbook as read from a file: metadata, where the table is, and its body rows. */
export interface Submission {
  readonly file: string;
  readonly meta: WorkbookMeta;
  readonly hasMetaSheet: boolean;
  readonly sheet: string;
  /** Column positions (0-based) of each known column in the sheet. */
  readonly positions: ReadonlyMap<ColumnKey, number>;
  readonly missingColumns: readonly ColumnKey[];
  /** Body rows with content; `rowNumbers[i]` is the 0-based sheet row of `rows[i]`. */
  readonly rows: readonly StatusRow[];
  readonly rowNumbers: readonly number[];
  readonly merges: readonly string[];
  /** The change log (AUDIT_SHEET); `present` is false when the workbook has none. */
  readonly auditLog: { readonly present: boolean; readonly rows: readonly AuditRow[] };
  /** The catalogue sheet's values, when asked for (see ReadOptions). */
  readonly catalogueSheet?: CatalogueSheetCells;
  /** Date serials count from 1904 (the workbook's date system). */
  readonly date1904: boolean;
}

export interface ReadOptions extends OpenOptions {
  /** Also read the catalogue sheet: an official's check may use the catalogue the workbook carries. */
  readonly catalogueSheet?: boolean;
}

/** The header row is looked for this far down (the template puts a title and a note above it). */
const HEADER_SEARCH_ROWS = 20;

function findHeader(data: SheetData): { row: number; positions: Map<ColumnKey, number>; missing: ColumnKey[] } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, data.rows.length); r++) {
    const cells = data.rows[r];
    if (!cells) continue;
    const { positions, missing } = mapHeader(Array.from(cells, (c) => cellText(c)));
    if (positions.has("id") && positions.has("status")) return { row: r, positions, missing };
  }
  return undefined;
}

function readMeta(workbook: WorkbookReader): WorkbookMeta | undefined {
  if (!workbook.sheets.some((s) => s.name === META_SHEET)) return undefined;
  const data = workbook.readSheet(META_SHEET, { maxRows: 100, maxCols: 2 });
  const meta: Partial<Record<MetaKey, string>> = {};
  for (const row of data.rows) {
    const key = cellText(row?.[0]).trim() as MetaKey;
    if (META_KEYS.includes(key)) meta[key] = cellText(row?.[1]).trim();
  }
  return meta;
}

/** The change log's rows as they sit in the sheet (an error value as its code). */
function readAuditLog(workbook: WorkbookReader): Submission["auditLog"] {
  if (!workbook.sheets.some((s) => s.name === AUDIT_SHEET)) return { present: false, rows: [] };
  const data = workbook.readSheet(AUDIT_SHEET, { maxCols: AUDIT_COLUMN_KEYS.length + 10 });
  const grid = Array.from(data.rows, (row) => (row ? Array.from(row, (c) => (c ? (c.error ?? c.value) : undefined)) : undefined));
  return { present: true, rows: parseAuditRows(grid) };
}

const statusSheetNames: readonly string[] = [SHEET_NAMES.status.en, SHEET_NAMES.status.km];
const catalogueSheetNames: readonly string[] = [SHEET_NAMES.catalogue.en, SHEET_NAMES.catalogue.km];

/** The values of the workbook's catalogue sheet (either language's name), if it has one. */
function readCatalogueSheet(workbook: WorkbookReader): CatalogueSheetCells | undefined {
  const info = workbook.sheets.find((s) => catalogueSheetNames.includes(s.name));
  if (!info) return undefined;
  const data = workbook.readSheet(info.name);
  return { sheet: info.name, rows: data.rows.map((row) => (row ? Array.from(row, (cell) => cell?.value ?? null) : undefined)) };
}

export function readSubmission(bytes: Uint8Array, file: string, options: ReadOptions = {}): Submission {
  const workbook = openWorkbook(bytes, file, options);
  const meta = readMeta(workbook);
  // The named status sheet first; otherwise any visible sheet that holds the header row.
  const candidates = [
    ...workbook.sheets.filter((s) => statusSheetNames.includes(s.name)),
    ...workbook.sheets.filter((s) => !statusSheetNames.includes(s.name) && s.state === "visible" && s.name !== META_SHEET && s.name !== AUDIT_SHEET),
  ];
  for (const info of candidates) {
    const data = workbook.readSheet(info.name);
    const header = findHeader(data);
    if (!header) continue;
    const rows: StatusRow[] = [];
    const rowNumbers: number[] = [];
    // Index loops over arrays, not for…of over the Map in every row: this runs once per process,
    // before the JIT, where each step of a Map iterator allocates (~0.3 MB a submission).
    const keys = [...header.positions.keys()];
    const columns = [...header.positions.values()];
    for (let r = header.row + 1; r < data.rows.length; r++) {
      const sheetRow = data.rows[r];
      if (!sheetRow || sheetRow.every((c) => c === undefined || cellText(c).trim() === "")) continue;
      const cells: Partial<Record<ColumnKey, Cell>> = {};
      for (let k = 0; k < keys.length; k++) {
        const cell = sheetRow[columns[k]!];
        if (cell) cells[keys[k]!] = cell;
      }
      rows.push({ index: rows.length, cells });
      rowNumbers.push(r);
    }
    const catalogueSheet = options.catalogueSheet ? readCatalogueSheet(workbook) : undefined;
    return {
      file,
      meta: meta ?? {},
      hasMetaSheet: meta !== undefined,
      sheet: info.name,
      positions: header.positions,
      missingColumns: header.missing,
      rows,
      rowNumbers,
      merges: data.merges,
      auditLog: readAuditLog(workbook),
      ...(catalogueSheet ? { catalogueSheet } : {}),
      date1904: workbook.date1904,
    };
  }
  throw new WorkbookReadError("missing-sheet", file, {
    en: `no status table found: no sheet has a header row with "Measure ID" and "Status"`,
    km: "រកមិនឃើញតារាងស្ថានភាព",
  });
}

/** A status workbook's bytes as the rules and consolidation take them (the CLI and the task pane alike). */
export function readSubmissionInput(bytes: Uint8Array, file: string, options: ReadOptions = {}): SubmissionInput {
  const sub = readSubmission(bytes, file, options);
  return {
    file,
    sheet: sub.sheet,
    meta: sub.meta,
    hasMeta: sub.hasMetaSheet,
    missingColumns: sub.missingColumns,
    rows: sub.rows,
    auditLog: sub.auditLog,
    ...(sub.catalogueSheet ? { catalogueSheet: sub.catalogueSheet } : {}),
    ...(sub.date1904 ? { date1904: true } : {}),
    locate: (row, column) => {
      const r = sub.rowNumbers[row];
      const c = sub.positions.get(column);
      return r === undefined || c === undefined ? undefined : a1(r, c);
    },
  };
}
