import { REPORT_STATUS_LABELS } from "../../../domain/consolidation/reportStatus";
import { REPORT_STATUSES, averageProgress, completionRate, tally } from "../../../domain/consolidation/tallies";
import type { MeasureLine } from "../../../domain/consolidation/types";
import type { ReportContext } from "./context";
import type { Grid, Put } from "./grid";
import { L } from "../../../domain/report/reportLabels";
import { STATUS_TABLE_COLUMNS as C } from "../../../domain/report/reportLayout";

/**
 * The table the Summary and Digital Government Policy sheets share: one row per group of measures,
 * with the count, the count per report status (REPORT_STATUSES order), completion % and average progress.
 */
export function statusTableWidths(labelWidth: number): number[] {
  return inColumns(labelWidth, 10, REPORT_STATUSES.map(() => 11.5), 12, 12);
}

/** A row's cells placed at the columns STATUS_TABLE_COLUMNS names (what reads the table back relies on them). */
function inColumns<T>(label: T, measures: T, statuses: readonly T[], completion: T, average: T): T[] {
  const row: T[] = [];
  row[C.label] = label;
  row[C.measures] = measures;
  statuses.forEach((v, i) => (row[C.firstStatus + i] = v));
  row[C.completion] = completion;
  row[C.average] = average;
  return row;
}

export function statusTableHeader(g: Grid, ctx: ReportContext, firstLabel: string): number {
  const { s, t } = ctx;
  return g.put(
    inColumns<Put>(
      { v: firstLabel, s: s.header },
      { v: t(L.measures), s: s.header },
      REPORT_STATUSES.map((status): Put => ({ v: t(REPORT_STATUS_LABELS[status]), s: s.statusHeader[status] })),
      { v: t(L.completion), s: s.header },
      { v: t(L.averageProgress), s: s.header },
    ),
  );
}

export type RowKind = "body" | "indented" | "group" | "total";

export function statusTableRow(g: Grid, ctx: ReportContext, label: string, lines: readonly MeasureLine[], kind: RowKind): number {
  const { s } = ctx;
  const labelStyle = { body: s.wrap, indented: s.indented, group: s.groupLabel, total: s.totalLabel }[kind];
  const count = kind === "group" ? s.groupCount : kind === "total" ? s.totalCount : s.count;
  const rate = kind === "group" ? s.groupRate : kind === "total" ? s.totalRate : s.rate;
  const counts = tally(lines);
  const average = averageProgress(lines);
  return g.put(
    inColumns<Put>(
      { v: label, s: labelStyle },
      { v: lines.length, s: count },
      REPORT_STATUSES.map((status): Put => ({ v: counts[status], s: count })),
      { v: lines.length === 0 ? null : completionRate(counts), s: rate },
      { v: average ?? null, s: rate },
    ),
  );
}
