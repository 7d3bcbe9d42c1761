/**
 * Rows written straight into ExcelJS's streaming WorksheetWriter, as the XML its own row writer
 * makes for the same cells, without ExcelJS's Row and Cell objects, its per-row XmlStream and a
 * Buffer per row: most of the report's write time at N = 1,000 (90,000 Data issues rows). Node
 * only, beside reportStreamWriter.ts. Cells are registered with the workbook's styles in the order
 * ExcelJS registers them, so styles.xml is unchanged; their texts go into the shared strings.
 */
import type { Worksheet } from "exceljs";
import { columnLetters } from "../../domain/entries/cells";
import type { RowCell, RowWriter } from "./report/book";
import xmlUtils from "exceljs/lib/utils/utils";
import Range from "exceljs/lib/doc/range";

/** ExcelJS's ValueType (lib/doc/enums.js) for the cells a RowWriter takes. */
const NULL_TYPE = 0;
const MERGE_TYPE = 1;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;
const DATE_TYPE = 4;

const valueType = (value: RowCell["value"]): number =>
  value === null ? NULL_TYPE : typeof value === "number" ? NUMBER_TYPE : value instanceof Date ? DATE_TYPE : STRING_TYPE;

/**
 * Texts ExcelJS would write into the shared strings with xml:space="preserve" (lib/xlsx/xform/strings/
 * text-xform.js), which Excel writes too but ISO/IEC 29500's transitional schema does not allow on
 * <t>: such a text stays in its cell (t="str"), as all of them did before.
 */
const PRESERVES_SPACE = /^\s|\n|\s$/;

/** Text is handed to the sheet's stream in pieces about this large, not a row at a time. */
const FLUSH_CHARS = 1 << 16;

interface WorksheetWriterInternals {
  startedData: boolean;
  /** Merged ranges, written at commit (worksheet-writer.js _writeMergeCells). */
  readonly _merges: unknown[];
  readonly stream: { write(xml: string): void };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeRow(row: unknown): void;
}

export interface StyleRegistry {
  addStyleModel(style: object, cellType: number): number;
}

export interface SharedStringTable {
  add(text: string): number;
}

/**
 * A RowWriter for a sheet of ExcelJS's WorkbookWriter. Its rows are buffered; the buffer goes out
 * before any row ExcelJS writes itself (a merged or dated row) and must be flushed before the sheet
 * is committed.
 */
export function streamRowWriter(ws: Worksheet, styles: StyleRegistry, sharedStrings: SharedStringTable | undefined): RowWriter & { flush(): void } {
  const sheet = ws as unknown as WorksheetWriterInternals;
  for (const method of ["_writeColumns", "_writeOpenSheetData", "_writeRow"] as const) {
    if (typeof sheet[method] !== "function") throw new Error(`ExcelJS's WorksheetWriter changed: ${method} is gone`);
  }
  let pending = "";
  const flush = (): void => {
    if (pending) sheet.stream.write(pending);
    pending = "";
  };
  const writeRow = sheet._writeRow.bind(sheet);
  sheet._writeRow = (row) => {
    flush();
    writeRow(row);
  };

  return {
    flush,
    write(r: number, cells: readonly RowCell[], height: number): void {
      // ExcelJS writes a row only when it holds a value (a merged cell counts) or has a height (worksheet-writer.js _writeRow).
      if (!height && cells.every((c) => c.value === null && (c.span ?? 1) === 1)) return;
      if (!sheet.startedData) {
        flush();
        sheet._writeColumns();
        sheet._writeOpenSheetData();
        sheet.startedData = true;
      }
      // row-xform.js render: r, ht + customHeight, spans over the cells made, the dyDescent.
      let xml = `<row r="${r}"`;
      if (height) xml += ` ht="${height}" customHeight="1"`;
      const last = cells[cells.length - 1];
      if (last) xml += ` spans="${cells[0]!.col}:${last.col + (last.span ?? 1) - 1}"`;
      xml += ` x14ac:dyDescent="0.25"`;
      let open = true;
      for (const { col, value, style, span = 1 } of cells) {
        // cell-xform.js prepare then render.
        const styleId = styles.addStyleModel(style, valueType(value));
        if (value !== null || styleId) {
          if (open) {
            xml += ">";
            open = false;
          }
          xml += `<c r="${columnLetters(col - 1)}${r}"`;
          if (styleId) xml += ` s="${styleId}"`;
          if (value === null) xml += "/>";
          else if (typeof value === "number") xml += `><v>${value}</v></c>`;
          else if (value instanceof Date) xml += `><v>${xmlUtils.dateToExcel(value, false)}</v></c>`;
          else if (sharedStrings && !PRESERVES_SPACE.test(value)) xml += ` t="s"><v>${sharedStrings.add(value)}</v></c>`;
          else xml += ` t="str"><v>${xmlUtils.xmlEncode(value)}</v></c>`;
        }
        if (span === 1) continue;
        // As worksheet-writer.js mergeCells: the covered cells take the first cell's style and are
        // written empty (a Merge value), and the range is listed at commit. The grid's merges never
        // overlap, so ExcelJS's check of each new merge against every earlier one is left out.
        for (let c = col + 1; c < col + span; c++) {
          const coveredId = styles.addStyleModel(style, MERGE_TYPE);
          if (open) {
            xml += ">";
            open = false;
          }
          xml += `<c r="${columnLetters(c - 1)}${r}"${coveredId ? ` s="${coveredId}"` : ""}/>`;
        }
        sheet._merges.push(new Range(r, col, r, col + span - 1));
      }
      xml += open ? "/>" : "</row>";
      pending += xml;
      if (pending.length >= FLUSH_CHARS) flush();
    },
  };
}
