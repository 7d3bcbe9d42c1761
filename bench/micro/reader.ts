/**
 * The submission reader alone: the product's readSubmissionInput (GuardedZip, saxes, caps) against
 * the floor's reader, over the same files already in memory; best of 5 rounds, CPU time beside wall.
 *
 *   node -r tsx/cjs bench/micro/reader.ts [N=100]
 */
import { performance } from "node:perf_hooks";
import type { SubmissionInput } from "../../src/domain/rules/submissionCheck";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { floorReadSubmission } from "../floor/readSubmission";
import { datasetFiles } from "../generate";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const files = await datasetFiles(n);
  const readers: [string, (bytes: Uint8Array, file: string) => SubmissionInput][] = [
    ["product readSubmissionInput", readSubmissionInput],
    ["floor reader", floorReadSubmission],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [name, read] of readers) {
      let best = Infinity;
      let bestCpu = Infinity;
      let rows = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const cpu = process.cpuUsage();
        rows = 0;
        for (const f of files) rows += read(f.bytes, f.file).rows.length;
        const used = process.cpuUsage(cpu);
        best = Math.min(best, performance.now() - t);
        bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
      }
      process.stdout.write(`${name.padEnd(28)} ${best.toFixed(0).padStart(6)} ms wall, ${bestCpu.toFixed(0).padStart(6)} ms CPU for ${files.length} files (${rows} rows)\n`);
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
