/**
 * The page the browser bench loads: the task pane's own build step (read each file, consolidate,
 * write the report with ExcelJS's browser build), timed inside Chromium.
 */
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Quarter } from "../../src/domain/periods/periods";
import { buildReport } from "../../src/taskpane/consolidate/buildReport";
import type { BuildOutcome } from "../../src/taskpane/consolidate/outcome";

export interface PageRun {
  readonly totalMs: number;
  readonly readMs: number;
  readonly writeMs: number;
  readonly reportBytes: number;
  readonly outcome: BuildOutcome;
}

declare global {
  interface Window {
    benchBuild(names: readonly string[], quarter: string, generatedAt: string): Promise<PageRun>;
  }
}

window.benchBuild = async (names, quarter, generatedAt) => {
  // Fetched before the clock starts: the pane gets Files the official picked, already on disk.
  const files = await Promise.all(names.map(async (name) => new File([await (await fetch(`data/${encodeURIComponent(name)}`)).blob()], name)));
  const start = performance.now();
  let writeStart = start;
  const built = await buildReport(
    { quarter: quarter as Quarter, lang: "en", catalogues: [bundledCatalogue()], files, previous: [], generatedAt: new Date(generatedAt) },
    (progress) => {
      if (progress.phase === "writing") writeStart = performance.now();
    },
  );
  const end = performance.now();
  return { totalMs: end - start, readMs: writeStart - start, writeMs: end - writeStart, reportBytes: built.bytes?.length ?? 0, outcome: built.outcome };
};
