import type { Catalogue } from "../domain/catalogue/catalogue";
import type { Cell } from "../domain/entries/cells";
import { committeeMeasures } from "../domain/catalogue/committeeMeasures";
import { parseText } from "../domain/entries/entryParse";
import { asMeasureId, type CommitteeCode } from "../domain/ids";
import { pick, type Lang } from "../domain/text/lang";
import { ROLE_LABELS, STATUS_COLUMNS, type ColumnKey } from "../domain/statusSheet/columns";
import { cellInput, excelInput, type ExcelInput } from "./cellIO";

/** Why a row is kept after the committee's measures: its entries are never dropped. */
export type OrphanReason = "removed" | "not-ours" | "duplicate" | "no-id";

export interface Orphan {
  /** The measure ID as it was in the table ("" when it had none). */
  readonly id: string;
  readonly reason: OrphanReason;
  /** Place in the new table body (0-based). */
  readonly bodyIndex: number;
}

/** A row of the table being replaced, as read (cells keyed by column). */
export interface PreviousRow {
  readonly cells: Partial<Record<ColumnKey, Cell>>;
}

export interface StatusBody {
  /** One array per body row, in STATUS_COLUMNS order, ready for Range.values. */
  readonly rows: ExcelInput[][];
  readonly orphans: readonly Orphan[];
  /** IDs of earlier rows left out: not the committee's any more, and nothing was typed in them. */
  readonly dropped: readonly string[];
  /** Previous rows whose entries were carried into the new body (matched or kept). */
  readonly carried: number;
}

const hasEntries = (row: PreviousRow): boolean =>
  STATUS_COLUMNS.some(
    (c) => c.kind === "entry" && row.cells[c.key] !== undefined && (row.cells[c.key]!.value !== null || row.cells[c.key]!.formula !== undefined),
  );

/**
 * The body of the status table for a committee: its measures in catalogue order, each with the
 * entries the previous table held for the same measure ID; then every other previous row —
 * measures gone from the catalogue, measures no longer the committee's, duplicates, rows without
 * an ID — with all their cells, so no entry is ever lost. Such rows with no entry at all are left
 * out (they hold nothing, and would stay as errors nobody can delete on the protected sheet).
 */
export function buildStatusBody(catalogue: Catalogue, committee: CommitteeCode, lang: Lang, previous: readonly PreviousRow[] = []): StatusBody {
  const measures = committeeMeasures(catalogue, committee);
  const inCatalogue = new Set<string>(catalogue.measures.map((m) => m.id));
  const firstById = new Map<string, number>();
  previous.forEach((row, i) => {
    const id = asMeasureId(parseText(row.cells.id));
    if (id && !firstById.has(id)) firstById.set(id, i);
  });
  const used = new Set<number>();
  const rows: ExcelInput[][] = measures.map((m) => {
    const prevIndex = firstById.get(m.id);
    const prev = prevIndex === undefined ? undefined : previous[prevIndex];
    if (prevIndex !== undefined) used.add(prevIndex);
    return STATUS_COLUMNS.map((c) => {
      switch (c.key) {
        case "id":
          return excelInput(m.id);
        case "goal":
          return m.goal;
        case "title":
          return excelInput(pick(m.title, lang));
        case "lead":
          return excelInput(m.lead);
        case "role":
          return excelInput((m.lead === committee ? ROLE_LABELS.lead : ROLE_LABELS.supporting)[lang]);
        default:
          return cellInput(prev?.cells[c.key]);
      }
    });
  });
  const mine = new Set<string>(measures.map((m) => m.id));
  const orphans: Orphan[] = [];
  const dropped: string[] = [];
  previous.forEach((row, i) => {
    if (used.has(i)) return;
    const rawId = parseText(row.cells.id);
    const id = asMeasureId(rawId);
    if (!hasEntries(row)) {
      // Nothing typed in it: a row the committee no longer reports on simply goes.
      if (rawId) dropped.push(rawId);
      return;
    }
    const reason: OrphanReason = !rawId ? "no-id" : id && mine.has(id) ? "duplicate" : id && inCatalogue.has(id) ? "not-ours" : "removed";
    orphans.push({ id: rawId, reason, bodyIndex: rows.length });
    rows.push(STATUS_COLUMNS.map((c) => cellInput(row.cells[c.key])));
  });
  return { rows, orphans, dropped, carried: used.size + orphans.length };
}
