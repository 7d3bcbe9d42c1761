/**
 * The submission reader alone, over the same files already in memory: the reference reader (fflate
 * streaming into saxes), the byte scanner with fflate (the task pane's) and with Node's zlib (the
 * CLI's); best of 5 rounds, CPU time beside wall. Checks the three give the same rows.
 *
 *   node -r tsx/cjs bench/micro/reader.ts [N=100]
 */
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import type { ReadOptions } from "../../src/xlsx/read/openWorkbook";
import { nodeInflate } from "../../src/xlsx/read/nodeInflate";
import { readSubmission, type Submission } from "../../src/xlsx/read/submissionReader";
import { datasetFiles } from "../generate";

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const files = await datasetFiles(n);
  const readers: [string, ReadOptions][] = [
    ["reference (fflate + saxes)", { xml: "sax" }],
    ["scanner + fflate (pane)", {}],
    ["scanner + zlib (CLI)", { inflate: nodeInflate }],
  ];
  const results = new Map<string, Submission[]>();
  for (let round = 0; round < 2; round++) {
    for (const [name, options] of readers) {
      let best = Infinity;
      let bestCpu = Infinity;
      let subs: Submission[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const cpu = process.cpuUsage();
        subs = files.map((f) => readSubmission(f.bytes, f.file, options));
        const used = process.cpuUsage(cpu);
        best = Math.min(best, performance.now() - t);
        bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
      }
      results.set(name, subs);
      const rows = subs.reduce((k, s) => k + s.rows.length, 0);
      process.stdout.write(`${name.padEnd(28)} ${best.toFixed(0).padStart(6)} ms wall, ${bestCpu.toFixed(0).padStart(6)} ms CPU for ${files.length} files (${rows} rows)\n`);
    }
  }
  const [reference, ...others] = [...results.values()];
  for (const [k, subs] of [...results.entries()].slice(1)) {
    const differs = subs.findIndex((s, i) => !isDeepStrictEqual(s, reference![i]));
    process.stdout.write(`${k}: ${differs < 0 ? "same submissions as the reference" : `DIFFERS from the reference at ${files[differs]!.file}`}\n`);
  }
  void others;
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
