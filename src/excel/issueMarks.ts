import { parseA1 } from "../domain/entries/cells";
import { STATUS_COLUMNS, type ColumnKey } from "../domain/statusSheet/columns";
import type { Problem, Severity } from "../domain/rules/problems";
import { SHEET_FILLS } from "../domain/statusSheet/sheetContract";
import { blockAddress, type Block } from "./addresses";
import { REQUEST_BUDGET_BYTES } from "./host";
import { RANGE_WRITE_BYTES } from "./requestCost";

/**
 * Issue marks are cell fills: red for errors, amber for warnings. Status colours are conditional
 * formats, which Excel draws over a cell's own fill, so a mark never hides or alters them (a
 * status cell with a recognised status has no status issue to mark). Clearing is exact: a body
 * row is put back to the template's fills — grey on catalogue columns, none on entry columns —
 * which is the only fill those cells have, since the protected sheet lets nobody else format them.
 */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FF7C80",
  warning: "#FFC000",
};
export const CATALOGUE_FILL = `#${SHEET_FILLS.catalogueCell}`;

/**
 * Runs of marks one request carries within `budget`: half of it (the rest is for clearing the old
 * marks and the protection), at a range write each (requestCost.ts). Unlimited where no limit applies.
 */
export function markRunsWithin(budget: number): number {
  return Number.isFinite(budget) ? Math.floor(budget / 2 / RANGE_WRITE_BYTES) : Number.POSITIVE_INFINITY;
}
export const MAX_MARK_RUNS = markRunsWithin(REQUEST_BUDGET_BYTES);

export interface TableGeometry {
  readonly bodyRow0: number;
  readonly col0: number;
  readonly positions: ReadonlyMap<ColumnKey, number>;
}

export interface MarkResult {
  /** Cells marked. */
  readonly marked: number;
  /** True when there were more issue runs than one request can carry; the issue list still has all. */
  readonly truncated: boolean;
}

/** Consecutive body indexes as [first, last] runs. */
export function runsOf(indexes: Iterable<number>): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** Columns of one kind as runs of sheet columns. */
function columnRuns(g: TableGeometry, kind: "catalogue" | "entry"): [number, number][] {
  const cols = STATUS_COLUMNS.filter((c) => c.kind === kind).flatMap((c) => {
    const p = g.positions.get(c.key);
    return p === undefined ? [] : [g.col0 + p];
  });
  return runsOf(cols);
}

/** Each index a run of its own: a write that spans one row only, which a filter on the table leaves alone (tableFilter.ts). */
const singleRuns = (indexes: Iterable<number>): [number, number][] => [...new Set(indexes)].sort((a, b) => a - b).map((i) => [i, i]);

/** Queues the template's fills back on the given body rows (body indexes); `oneRowEach` writes each row on its own. */
export function queueClearMarks(sheet: Excel.Worksheet, g: TableGeometry, bodyIndexes: Iterable<number>, oneRowEach = false): void {
  const catalogueCols = columnRuns(g, "catalogue");
  const entryCols = columnRuns(g, "entry");
  for (const [first, last] of oneRowEach ? singleRuns(bodyIndexes) : runsOf(bodyIndexes)) {
    const rows = { row0: g.bodyRow0 + first, row1: g.bodyRow0 + last };
    for (const [c0, c1] of catalogueCols) sheet.getRange(blockAddress({ ...rows, col0: c0, col1: c1 })).format.fill.color = CATALOGUE_FILL;
    for (const [c0, c1] of entryCols) sheet.getRange(blockAddress({ ...rows, col0: c0, col1: c1 })).format.fill.clear();
  }
}

/** The mark each cell the problems name gets, keyed "row,col" (0-based sheet cells): errors win over warnings. */
export function markedCells(problems: readonly Problem[]): Map<string, { row: number; col: number; severity: Severity }> {
  const severityAt = new Map<string, { row: number; col: number; severity: Severity }>();
  for (const p of problems) {
    const at = p.where.cell ? parseA1(p.where.cell) : undefined;
    if (!at) continue;
    const key = `${at.row},${at.col}`;
    const seen = severityAt.get(key);
    if (!seen || (seen.severity === "warning" && p.severity === "error")) severityAt.set(key, { ...at, severity: p.severity });
  }
  return severityAt;
}

/**
 * Queues fills on the cells the problems name (errors win over warnings in one cell); vertical
 * runs of cells with the same mark are one command (one per cell with `oneRowEach`). Problems
 * without a cell are not marked.
 */
export function queueMarks(sheet: Excel.Worksheet, problems: readonly Problem[], limitRuns = MAX_MARK_RUNS, oneRowEach = false): MarkResult {
  const severityAt = markedCells(problems);
  const byColumn = new Map<string, number[]>();
  for (const { row, col, severity } of severityAt.values()) {
    const k = `${col}|${severity}`;
    byColumn.set(k, [...(byColumn.get(k) ?? []), row]);
  }
  const blocks: { block: Block; severity: Severity; cells: number }[] = [];
  for (const [k, rows] of byColumn) {
    const [col, severity] = k.split("|") as [string, Severity];
    for (const [row0, row1] of oneRowEach ? singleRuns(rows) : runsOf(rows))
      blocks.push({
        block: { row0, row1, col0: Number(col), col1: Number(col) },
        severity,
        cells: row1 - row0 + 1,
      });
  }
  blocks.sort((a, b) => a.block.row0 - b.block.row0 || a.block.col0 - b.block.col0);
  const kept = blocks.slice(0, limitRuns);
  for (const { block, severity } of kept) sheet.getRange(blockAddress(block)).format.fill.color = MARK_FILLS[severity];
  return {
    marked: kept.reduce((n, b) => n + b.cells, 0),
    truncated: kept.length < blocks.length,
  };
}
