/**
 * 500 mutated real submissions (seeded: the same 500 on every run; FUZZ_SEED and FUZZ_RUNS for a
 * longer campaign), read by the reference reader and by the byte scanner over zlib and over
 * fflate: the same sheets and submission, or the same refusal as a WorkbookReadError naming the
 * file; within 5 s and 300 MB each. In a child process, so its peak memory is the harness's own.
 */
import { execFileSync } from "node:child_process";
import type { FuzzReport } from "../support/readerFuzz";

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

test(`the byte scanner reads ${RUNS} mutated submissions as the reference reader does (seed ${SEED})`, () => {
  const out = execFileSync(process.execPath, ["-r", "tsx/cjs", "test/support/readerFuzz.ts", "--seed", String(SEED), "--runs", String(RUNS)], {
    encoding: "utf8",
    timeout: 170_000,
  });
  const report = JSON.parse(out.trim().split("\n").pop()!) as FuzzReport;
  expect(report.failure).toBeUndefined();
  // The mutations reach every outcome: files read whole, read in part, refused.
  expect(Object.keys(report.counts).sort()).toEqual(["partly read", "refused", "submission read"]);
  // (The slowest read is named when it is over the budget.)
  expect(report.maxCaseMs < 5000 ? "within 5 s" : `${report.maxCaseMs} ms — ${report.slowest}`).toBe("within 5 s");
  expect(report.peakRssMb).toBeLessThan(300);
}, 180_000);
