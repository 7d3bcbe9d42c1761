/**
 * The write phase alone, three ways, on the same consolidated model (read with the floor's reader):
 *   memory   — writeReport (src/xlsx/write/reportWriter.ts: ExcelJS in-memory Workbook + JSZip/pako), the
 *              task pane's writer
 *   stream   — writeReportFile (src/xlsx/write/reportStreamWriter.ts: the same sheet writers into ExcelJS's
 *              streaming WorkbookWriter, rows committed as written, native zlib), the CLI's writer
 *   minimal  — the floor's writer (raw SpreadsheetML + fflate)
 * Run each in its own process to see its peak RSS:
 *
 *   /usr/bin/time -v node -r tsx/cjs bench/micro/writers.ts memory|stream|minimal [N=1000]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeReportFile } from "../../src/xlsx/write/reportStreamWriter";
import { floorReadSubmission } from "../floor/readSubmission";
import { reportContent } from "../floor/reportContent";
import { writeMinimalXlsx } from "../floor/xlsxWriter";
import { BENCH_QUARTER, DATA_DIR, datasetFiles } from "../generate";

async function main(): Promise<void> {
  const variant = process.argv[2] ?? "stream";
  const n = Number(process.argv[3] ?? 1000);
  const files = (await datasetFiles(n)).map(({ file, bytes }) => ({ file, input: floorReadSubmission(bytes, file) }));
  const model = consolidate(files, { quarter: BENCH_QUARTER, catalogue: bundledCatalogue() });
  const out = join(DATA_DIR, `writers-${variant}.xlsx`);
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  const cpu = process.cpuUsage();
  if (variant === "memory") {
    writeFileSync(out, await writeReport(model, { lang: "en", generatedAt: new Date() }));
  } else if (variant === "stream") {
    await writeReportFile(model, { lang: "en", generatedAt: new Date() }, out);
  } else if (variant === "minimal") {
    writeFileSync(out, writeMinimalXlsx(reportContent(model, "en", new Date())));
  } else throw new Error(`unknown variant ${variant}`);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - t;
  process.stdout.write(
    `${variant} N=${n}: write ${(ms / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s); RSS before write ${(rssBefore / 2 ** 20).toFixed(0)} MiB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB → ${out}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
