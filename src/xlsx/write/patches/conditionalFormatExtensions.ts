import type { Worksheet } from "exceljs";
import ExtLstXform from "exceljs/lib/xlsx/xform/sheet/ext-lst-xform";

interface WorksheetWriterInternals {
  readonly conditionalFormatting: unknown[];
  readonly stream: { write(xml: string): void };
  _writeCloseWorksheet(): void;
}

/**
 * ExcelJS's streaming WorksheetWriter writes conditional formats without the worksheet's <extLst>,
 * where Excel 2010+ keeps what a data bar looks like (solid fill, 0-100 % length; without it Excel
 * draws its 2007 gradient bars). The in-memory writer writes it: so that both reports look the
 * same, this writes the same <extLst> with ExcelJS's own xform, just before </worksheet> (its
 * place in the schema: last). Call before ws.commit().
 */
export function addConditionalFormatExtensions(ws: Worksheet): void {
  const writer = ws as unknown as WorksheetWriterInternals;
  if (writer.conditionalFormatting.length === 0) return;
  if (typeof writer._writeCloseWorksheet !== "function") throw new Error("ExcelJS's WorksheetWriter changed: _writeCloseWorksheet is gone");
  const model = { conditionalFormattings: writer.conditionalFormatting };
  const xform = new ExtLstXform();
  // Gives each data-bar rule its x14 id, which the rule itself then refers to when it is written.
  xform.prepare(model, {});
  const close = writer._writeCloseWorksheet.bind(writer);
  writer._writeCloseWorksheet = () => {
    writer.stream.write(xform.toXml(model));
    close();
  };
}
