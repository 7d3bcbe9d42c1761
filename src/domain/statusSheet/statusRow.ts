import type { Cell } from "../entries/cells";
import type { ColumnKey } from "./columns";
import type { MeasureId } from "../ids";
import { asMeasureId } from "../ids";
import type { IsoDate } from "../periods/periods";
import { parseStatus, type StatusCode } from "../entries/status";
import { parseDate, parseMoney, parseProgress, parseText, type Parsed } from "../entries/entryParse";

/** One row of the status table as cells, keyed by column; `index` is its 0-based place in the body. */
export interface StatusRow {
  readonly index: number;
  readonly cells: Partial<Record<ColumnKey, Cell>>;
}

/** An official's entry for one measure and quarter, parsed; what consolidation works on. */
export interface StatusEntry {
  readonly measureId?: MeasureId;
  readonly rawId: string;
  readonly status?: StatusCode;
  readonly progress?: number;
  readonly plannedCompletion?: IsoDate;
  readonly actualCompletion?: IsoDate;
  readonly achievements: string;
  readonly challenges: string;
  readonly nextSteps: string;
  readonly budgetPlanned?: number;
  readonly budgetSpent?: number;
  readonly evidence: string;
  readonly officer: string;
}

const valueOf = <T>(p: Parsed<T>): T | undefined => (p && p.ok ? p.value : undefined);

/** A row's measure ID as typed, its status and its progress: all a submission that cannot win is read for (resubmissions.ts). */
export const rowRawId = (row: StatusRow): string => parseText(row.cells.id);
export const rowStatus = (row: StatusRow): StatusCode | undefined => parseStatus(parseText(row.cells.status));
export const rowProgress = (row: StatusRow): number | undefined => valueOf(parseProgress(row.cells.progress));

export function parseEntry(row: StatusRow): StatusEntry {
  const c = row.cells;
  const rawId = rowRawId(row);
  const measureId = asMeasureId(rawId);
  const status = rowStatus(row);
  const entry: StatusEntry = {
    rawId,
    achievements: parseText(c.achievements),
    challenges: parseText(c.challenges),
    nextSteps: parseText(c.nextSteps),
    evidence: parseText(c.evidence),
    officer: parseText(c.officer),
    ...(measureId ? { measureId } : {}),
    ...(status ? { status } : {}),
  };
  const optional: Partial<StatusEntry> = {
    progress: rowProgress(row),
    plannedCompletion: valueOf(parseDate(c.plannedCompletion)),
    actualCompletion: valueOf(parseDate(c.actualCompletion)),
    budgetPlanned: valueOf(parseMoney(c.budgetPlanned)),
    budgetSpent: valueOf(parseMoney(c.budgetSpent)),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (entry as unknown as Record<string, unknown>)[k] = v;
  return entry;
}

/** True when an official typed nothing in any entry column of the row. */
export function isUntouched(entry: StatusEntry, row: StatusRow, entryKeys: readonly ColumnKey[]): boolean {
  return entryKeys.every((k) => {
    const cell = row.cells[k];
    return !cell || cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
  }) && entry.status === undefined;
}
