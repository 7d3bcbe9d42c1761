import type { CommitteeCode } from "../ids";
import type { DespfGoal, DgpStrategy } from "../catalogue/goals";
import { STATUS_CODES } from "../entries/status";
import type { MeasureLine, ReportStatus, Tally } from "./types";

export const REPORT_STATUSES: readonly ReportStatus[] = [...STATUS_CODES, "not-reported"];

export function emptyTally(): Record<ReportStatus, number> {
  return Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as Record<ReportStatus, number>;
}

export function tally(lines: readonly MeasureLine[]): Tally {
  const t = emptyTally();
  for (const l of lines) t[l.status]++;
  return t;
}

/** Share of measures completed, in percent with one decimal. */
export function completionRate(t: Tally): number {
  const total = REPORT_STATUSES.reduce((n, s) => n + t[s], 0);
  return total === 0 ? 0 : Math.round((t.completed / total) * 1000) / 10;
}

/** Average reported progress of the measures that have one (lead entries only). */
export function averageProgress(lines: readonly MeasureLine[]): number | undefined {
  const values = lines.map((l) => l.lead?.entry.progress).filter((p): p is number => p !== undefined && p >= 0 && p <= 100);
  return values.length === 0 ? undefined : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

export function groupBy<K extends string | number>(lines: readonly MeasureLine[], key: (l: MeasureLine) => K | undefined): Map<K, MeasureLine[]> {
  const groups = new Map<K, MeasureLine[]>();
  for (const l of lines) {
    const k = key(l);
    if (k === undefined) continue;
    const list = groups.get(k) ?? [];
    list.push(l);
    groups.set(k, list);
  }
  return groups;
}

export const byGoal = (lines: readonly MeasureLine[]) => groupBy<DespfGoal>(lines, (l) => l.measure.goal);
export const byLeadCommittee = (lines: readonly MeasureLine[]) => groupBy<CommitteeCode>(lines, (l) => l.measure.lead);
export const byStrategy = (lines: readonly MeasureLine[]) => groupBy<DgpStrategy>(lines, (l) => l.measure.dgpStrategy);
