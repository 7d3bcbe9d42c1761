/**
 * Range.getCellProperties (ExcelApi 1.9): per-cell properties in one call, as a ClientResult.
 * Only the fill colour is modelled; a cell without a fill reports white ("#FFFFFF"), as
 * RangeFill.color does.
 */
import { jsonBytes, type Execution } from "./context";
import { notModelled, officeError } from "./errors";
import { FakeClientResult } from "./insertSheets";
import { readCell, type Rect, type SheetState } from "./model";

export type FillProperties = { format: { fill: { color: string } } };

export function queueCellProperties(
  options: Excel.CellPropertiesLoadOptions,
  isSetSupported: (name: string, version: string) => boolean,
): { result: FakeClientResult<FillProperties[][]>; run: (target: { sheet: SheetState; rect: Rect }, exec: Execution) => void } {
  const { format, ...rest } = options;
  const { fill, ...otherFormat } = format ?? {};
  const wanted = fill?.color === true;
  if (Object.keys(rest).length > 0 || Object.keys(otherFormat).length > 0 || !wanted) throw notModelled("getCellProperties other than format.fill.color");
  const result = new FakeClientResult<FillProperties[][]>();
  return {
    result,
    run({ sheet, rect }, exec) {
      if (!isSetSupported("ExcelApi", "1.9")) throw officeError("ApiNotFound", "Range.getCellProperties");
      const grid: FillProperties[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: FillProperties[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push({ format: { fill: { color: readCell(sheet, r, c).fill ?? "#FFFFFF" } } });
        grid.push(row);
      }
      exec.responseBytes += jsonBytes(grid);
      exec.commits.push(() => result.set(grid));
    },
  };
}
