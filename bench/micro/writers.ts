/**
 * The write phase alone, three ways, on the same consolidated model (read with the floor's reader):
 *   product  — writeReport (src/xlsx/reportWriter.ts: ExcelJS in-memory Workbook, Grid row heights, JSZip/pako)
 *   stream   — ExcelJS stream.xlsx.WorkbookWriter with the floor's content, one shared style on
 *              every cell (font, border, alignment), rows committed as written, no shared strings
 *   minimal  — the floor's writer (raw SpreadsheetML + fflate)
 * Run each in its own process to see its peak RSS:
 *
 *   /usr/bin/time -v node -r tsx/cjs bench/micro/writers.ts product|stream|minimal [N=1000]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stream as excelStream, type Style } from "exceljs";
import { bundledCatalogue } from "../../src/domain/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { writeReport } from "../../src/xlsx/reportWriter";
import { floorReadSubmission } from "../floor/readSubmission";
import { reportContent } from "../floor/reportContent";
import { writeMinimalXlsx } from "../floor/xlsxWriter";
import { writeFileSync } from "node:fs";
import { BENCH_QUARTER, DATA_DIR, ensureDataset } from "../generate";

const STYLE: Partial<Style> = {
  font: { name: "Calibri", size: 11 },
  alignment: { vertical: "top", wrapText: true },
  border: { top: { style: "thin", color: { argb: "FFBFBFBF" } }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } },
};

async function main(): Promise<void> {
  const variant = process.argv[2] ?? "product";
  const n = Number(process.argv[3] ?? 1000);
  const dir = (await ensureDataset(n)).dir;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(dir, f))
    .map((file) => ({ file, input: floorReadSubmission(new Uint8Array(readFileSync(file)), file) }));
  const model = consolidate(files, { quarter: BENCH_QUARTER, catalogue: bundledCatalogue() });
  const out = join(DATA_DIR, `writers-${variant}.xlsx`);
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  if (variant === "product") {
    writeFileSync(out, await writeReport(model, { lang: "en", generatedAt: new Date() }));
  } else if (variant === "stream") {
    const wb = new excelStream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
    for (const sheet of reportContent(model, "en", new Date())) {
      const ws = wb.addWorksheet(sheet.name);
      // Merges must be made before their row is committed.
      const mergesByRow = new Map<number, string[]>();
      for (const m of sheet.merges) {
        const row = Number(/\d+$/.exec(m)![0]);
        mergesByRow.set(row, [...(mergesByRow.get(row) ?? []), m]);
      }
      sheet.rows.forEach((values, r) => {
        const row = ws.getRow(r + 1);
        values?.forEach((v, c) => {
          if (v === undefined) return;
          const cell = row.getCell(c + 1);
          cell.value = v;
          cell.style = STYLE;
        });
        for (const m of mergesByRow.get(r + 1) ?? []) ws.mergeCells(m);
        row.commit();
      });
      ws.commit();
    }
    await wb.commit();
  } else if (variant === "minimal") {
    writeFileSync(out, writeMinimalXlsx(reportContent(model, "en", new Date())));
  } else throw new Error(`unknown variant ${variant}`);
  const ms = performance.now() - t;
  process.stdout.write(
    `${variant} N=${n}: write ${(ms / 1000).toFixed(2)} s; RSS before write ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB → ${out}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
