/**
 * The one piece of ExcelJS's internals the streaming report writer uses (see conditionalFormatExtensions.ts):
 * the xform that renders a worksheet's <extLst> (x14 conditional formats). Node's `exceljs` main
 * is lib/exceljs.nodejs.js, so this is the same module instance the WorkbookWriter uses.
 */
declare module "exceljs/lib/xlsx/xform/sheet/ext-lst-xform" {
  interface ExtListModel {
    conditionalFormattings: unknown[];
  }
  class ExtLstXform {
    prepare(model: ExtListModel, options: object): void;
    toXml(model: ExtListModel): string;
  }
  export = ExtLstXform;
}

/**
 * ExcelJS's streaming workbook writer on its own: `require("exceljs")` also loads the in-memory
 * workbook, JSZip, the stream reader and its unzipper (~150 ms more per CLI run, measured).
 */
declare module "exceljs/lib/stream/xlsx/workbook-writer" {
  import type { stream } from "exceljs";
  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}

/** ExcelJS's in-memory workbook on its own (feedbackWriterNode.ts): the class `exceljs` exports. */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}

/** ExcelJS's XML escaping and date serials (lib/utils/utils.js): what its writers put in every text node and date cell. */
declare module "exceljs/lib/utils/utils" {
  const utils: { xmlEncode(text: string): string; dateToExcel(date: Date, date1904: boolean): number };
  export = utils;
}

/** A merged range as the streaming worksheet writer keeps it (lib/doc/range.js): rendered by its toString. */
declare module "exceljs/lib/doc/range" {
  class Range {
    constructor(top: number, left: number, bottom: number, right: number);
    intersects(other: Range): boolean;
  }
  export = Range;
}
