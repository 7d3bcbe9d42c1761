/**
 * The product's phases, instrumented from outside src/: the same functions `consolidate` calls
 * (knownCatalogues, readSubmissionFile one file at a time, a check session's offer and settle →
 * addChecked in file order → finish,
 * writeReportFile's two steps — the sheets, then the charts added to them — and the summary), timed one by one — read and consolidate are summed over the files,
 * since the CLI interleaves them — with the heap and RSS after each (after a full GC when run with
 * --expose-gc, so the heap figure is what the phase keeps alive; "afterRead" is after the last
 * file is added, before finish()). The CLI run in run.ts stays the headline figure.
 *
 *   node --expose-gc -r tsx/cjs bench/phases.ts DIR --quarter 2026-Q3 --out REPORT.xlsx [--lang en|km]
 *
 * Prints one JSON line: {"phases":{startup,read,consolidate,write,summary} (ms),"chartsMs","memory":{…} (MiB)}.
 */
import { rmSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { expandInputs, knownCatalogues } from "../src/cli/files";
import { inFileOrder } from "../src/cli/checkPool";
import { readSubmissionFile } from "../src/cli/readSubmissions";
import { checkSession } from "../src/domain/consolidation/checkedFile";
import { writeSummaryFile } from "../src/cli/summaryFile";
import { startConsolidation } from "../src/domain/consolidation/incremental";
import type { Lang } from "../src/domain/text/lang";
import { parseQuarter } from "../src/domain/periods/periods";
import { writeReportWorkbook } from "../src/xlsx/write/reportStreamWriter";
import { addChartsToFile } from "../src/xlsx/write/patches/zipFile";

const MiB = 2 ** 20;
const gc = (globalThis as { gc?: () => void }).gc;

function memory(): { heapUsed: number; rss: number } {
  gc?.();
  const m = process.memoryUsage();
  return { heapUsed: Math.round(m.heapUsed / MiB), rss: Math.round(m.rss / MiB) };
}

async function main(argv: string[]): Promise<void> {
  const startup = performance.now();
  const inputs = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  const opt = (name: string) => argv[argv.indexOf(`--${name}`) + 1];
  const quarter = parseQuarter(opt("quarter") ?? "");
  const out = opt("out");
  if (!quarter || !out || inputs.length === 0) throw new Error("usage: phases.ts DIR --quarter Q --out REPORT.xlsx [--lang en|km]");
  const lang: Lang = opt("lang") === "km" ? "km" : "en";
  const mem: Record<string, { heapUsed: number; rss: number }> = { start: memory() };

  let t = performance.now();
  const known = knownCatalogues([]);
  const catalogue = known[known.length - 1]!;
  const consolidation = startConsolidation({ quarter, catalogue });
  // As the CLI on one thread (readSubmissions.ts): a check session, its files added in order.
  const session = checkSession({ quarter, catalogue });
  const inOrder = inFileOrder((checked) => consolidation.addChecked(checked));
  let read = performance.now() - t;
  let consolidateMs = 0;
  expandInputs(inputs).forEach((file, i) => {
    t = performance.now();
    const f = readSubmissionFile(file);
    const r = performance.now();
    inOrder.place(session.offer(f, i));
    read += r - t;
    consolidateMs += performance.now() - r;
  });
  t = performance.now();
  inOrder.place(session.settle(session.latestStamps()));
  consolidateMs += performance.now() - t;
  mem.afterRead = memory();

  t = performance.now();
  const model = consolidation.finish();
  consolidateMs += performance.now() - t;
  mem.afterConsolidate = memory();

  // writeReportFile's two steps, timed apart: ExcelJS's sheets, then the charts added to its output.
  t = performance.now();
  const sheetsOnly = `${out}.sheets.tmp`;
  const charts = await writeReportWorkbook(model, { lang, generatedAt: new Date() }, sheetsOnly);
  const write = performance.now() - t;
  t = performance.now();
  addChartsToFile(sheetsOnly, out, charts);
  const chartsMs = performance.now() - t;
  rmSync(sheetsOnly);
  mem.afterWrite = memory();

  t = performance.now();
  const summaryFile = `${out}.summary.json`;
  writeSummaryFile(summaryFile, model);
  const summaryMs = performance.now() - t;
  const reportBytes = statSync(out).size;
  const summaryBytes = statSync(summaryFile).size;

  process.stdout.write(
    `${JSON.stringify({
      phases: { startup, read, consolidate: consolidateMs, write, summary: summaryMs },
      chartsMs,
      memory: mem,
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      issues: model.issues.length,
      reportBytes,
      summaryBytes,
      gc: gc !== undefined,
    })}\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`phases: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
