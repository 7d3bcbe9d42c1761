import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { PYTHON } from "./environment";


/**
 * Everything a reader sees of a workbook, per sheet: each cell's value, type, number format,
 * font, fill, border and alignment; merges, row heights, column widths, frozen panes, filter,
 * print titles, page setup, header, footer and conditional formats.
 */
const DUMP = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")  # openpyxl drops the x14 data-bar extension with a warning
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
p = wb.properties
out = {"names": wb.sheetnames, "properties": [p.title, p.subject, p.description, p.creator, str(p.created)], "sheets": {}}
for ws in wb.worksheets:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.has_style:
                continue
            cells[c.coordinate] = [str(c.value) if c.value is not None else None, c.data_type, c.number_format, repr(c.font), repr(c.fill), repr(c.border), repr(c.alignment)]
    pr = ws.sheet_properties.pageSetUpPr
    out["sheets"][ws.title] = {
        "cells": cells,
        "merges": sorted(str(m) for m in ws.merged_cells.ranges),
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "titles": ws.print_title_rows,
        "page": [ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.scale, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, pr.fitToPage if pr else None, repr(ws.page_margins)],
        "header": [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text],
        "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text],
        "conditionalFormats": [[str(cf.sqref), r.type] for cf in ws.conditional_formatting for r in cf.rules],
    }
print(json.dumps(out))
`;

export interface ReportDump {
  names: string[];
  properties: (string | null)[];
  sheets: Record<string, { cells: Record<string, (string | null)[]> } & Record<string, unknown>>;
}

export function dumpWithOpenpyxl(path: string): ReportDump {
  return JSON.parse(execFileSync(PYTHON, ["-c", DUMP, path], { encoding: "utf8", maxBuffer: 512 << 20 })) as ReportDump;
}

/** Every non-empty cell's value, by sheet and A1 address, through the project's own reader. */
export function cellValues(path: string): Record<string, Record<string, unknown>> {
  const wb = openWorkbook(new Uint8Array(readFileSync(path)), path);
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of wb.sheets) {
    const sheet: Record<string, unknown> = (out[s.name] = {});
    wb.readSheet(s.name, { maxRows: 200_000 }).rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c) sheet[`${r},${col}`] = c.error ?? c.value;
      }),
    );
  }
  return out;
}
