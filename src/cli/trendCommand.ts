import { writeFileSync } from "node:fs";
import { buildTrend, type Trend } from "../domain/consolidation/trend";
import { formatQuarter } from "../domain/periods/periods";
import type { Lang } from "../domain/text/lang";
import { writeTrendWorkbook } from "../xlsx/write/trendWriter";
import { EXIT, type Io } from "./output";
import { readReportHistory, sayNotes } from "./reportHistory";
import { readyOutputFile } from "./outputFile";

export interface TrendCliOptions {
  readonly out: string;
  readonly lang: Lang;
}

/** `trend`: earlier quarterly reports → a workbook of how completion moves; exit 2 when there is nothing to draw or a quarter is reported twice. */
export async function runTrend(inputs: readonly string[], options: TrendCliOptions, io: Io, now: Date = new Date()): Promise<number> {
  if (!readyOutputFile(options.out, "--out", "trend", io)) return EXIT.usage;
  const { snapshots, files } = readReportHistory(inputs, io, "trend");
  if (files === 0) {
    io.err("trend: no .xlsx files found in the inputs given");
    return EXIT.usage;
  }
  const result = buildTrend(snapshots);
  if (!result.ok) {
    for (const p of result.problems) io.err(`trend: error: ${p.en}`);
    io.err(`trend: no trend written`);
    return EXIT.usage;
  }
  sayNotes(result.trend, io, "trend");
  writeFileSync(options.out, await writeTrendWorkbook(result.trend, { lang: options.lang, generatedAt: now }));
  io.out(`${trendLine(result.trend)} → ${options.out}`);
  return EXIT.ok;
}

/** "8 quarters (Q1 2025 – Q4 2026) from 8 reports: completion 4.3% → 30.2%; 12 measures slipped, 5 stuck, 2 late or missing submissions". */
export function trendLine(trend: Trend): string {
  const q = trend.quarters;
  const reports = trend.sources.filter(Boolean).length;
  const completion = trend.total.completion.filter((v): v is number => v !== null);
  const lateOrMissing = trend.submissions.flatMap((c) => c.states).filter((x) => x?.state === "late" || x?.state === "missing").length;
  return (
    `${q.length} quarters (${formatQuarter(q[0]!, "en")} – ${formatQuarter(q[q.length - 1]!, "en")}) from ${reports} reports: ` +
    `completion ${completion[0]}% → ${completion[completion.length - 1]}%; ${trend.slipped.length} slips, ${trend.stuck.length} measures stuck, ${lateOrMissing} late or missing submissions`
  );
}
