/**
 * The domain alone: the incremental consolidation (checkSubmission, rules, entries) over N
 * submissions already read into memory; best of 5 rounds, CPU time beside wall.
 *
 *   node -r tsx/cjs bench/micro/consolidation.ts [N=100]
 */
import { performance } from "node:perf_hooks";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { startConsolidation } from "../../src/domain/consolidation/incremental";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { BENCH_QUARTER, datasetFiles } from "../generate";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const files = (await datasetFiles(n)).map(({ file, bytes }) => ({ file, input: readSubmissionInput(bytes, file) }));
  const catalogue = bundledCatalogue();
  let best = Infinity;
  let bestCpu = Infinity;
  let issues = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const c = startConsolidation({ quarter: BENCH_QUARTER, catalogue });
    for (const f of files) c.add(f);
    issues = c.finish().issues.length;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, performance.now() - t);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  process.stdout.write(`consolidation of ${files.length} files: ${best.toFixed(0)} ms wall, ${bestCpu.toFixed(0)} ms CPU (best of 5; ${issues} issues)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
