/**
 * The product's phases, instrumented from outside src/: the same functions `consolidate` calls
 * (knownCatalogues, readSubmissionFiles, consolidate, writeReport, reportSummary), timed one by one,
 * with the heap and RSS after each (after a full GC when run with --expose-gc, so the heap figure
 * is what the phase keeps alive). The CLI run in run.ts stays the headline figure.
 *
 *   node --expose-gc -r tsx/cjs bench/phases.ts DIR --quarter 2026-Q3 --out REPORT.xlsx [--lang en|km]
 *
 * Prints one JSON line: {"phases":{startup,read,consolidate,write,summary} (ms),"memory":{…} (MiB)}.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { knownCatalogues } from "../src/cli/files";
import { readSubmissionFiles } from "../src/cli/readSubmissions";
import { consolidate } from "../src/domain/consolidation/consolidate";
import { reportSummary } from "../src/domain/consolidation/summary";
import type { Lang } from "../src/domain/ids";
import { parseQuarter } from "../src/domain/periods";
import { writeReport } from "../src/xlsx/reportWriter";

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
  const files = readSubmissionFiles(inputs);
  const read = performance.now() - t;
  mem.afterRead = memory();

  t = performance.now();
  const model = consolidate(files, { quarter, catalogue });
  const consolidateMs = performance.now() - t;
  mem.afterConsolidate = memory();

  t = performance.now();
  const bytes = await writeReport(model, { lang, generatedAt: new Date() });
  writeFileSync(out, bytes);
  const write = performance.now() - t;
  mem.afterWrite = memory();

  t = performance.now();
  const summary = `${JSON.stringify(reportSummary(model), null, 2)}\n`;
  const summaryMs = performance.now() - t;

  process.stdout.write(
    `${JSON.stringify({
      phases: { startup, read, consolidate: consolidateMs, write, summary: summaryMs },
      memory: mem,
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      issues: model.issues.length,
      reportBytes: bytes.length,
      summaryBytes: summary.length,
      gc: gc !== undefined,
    })}\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`phases: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
