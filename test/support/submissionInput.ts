import type { Cell } from "../../src/domain/entries/cells";
import { a1 } from "../../src/domain/entries/cells";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { columnIndex, LAYOUT_VERSION, ROLE_LABELS, type ColumnKey, type WorkbookMeta } from "../../src/domain/statusSheet/columns";
import type { CommitteeCode } from "../../src/domain/ids";
import type { SubmissionInput } from "../../src/domain/rules/submissionCheck";
import type { Measure } from "../../src/domain/catalogue/catalogue";

export type EntryCells = Partial<Record<ColumnKey, Cell["value"] | Cell>>;

/** The catalogue columns of a measure as the template writes them for `committee`. */
export function catalogueCells(m: Measure, committee: CommitteeCode): EntryCells {
  return { id: m.id, goal: m.goal, title: m.title.en, lead: m.lead, role: m.lead === committee ? ROLE_LABELS.lead.en : ROLE_LABELS.supporting.en };
}

/** A status table in memory, shaped like one read from a file (header on sheet row 3). */
export function submissionInput(file: string, meta: WorkbookMeta, rows: readonly EntryCells[]): SubmissionInput {
  const catalogue = bundledCatalogue();
  const fullMeta: WorkbookMeta = { quarter: "2026-Q3", catalogueVersion: catalogue.version, catalogueHash: catalogue.hash, layoutVersion: LAYOUT_VERSION, language: "en", ...meta };
  return {
    file,
    sheet: "Status",
    meta: fullMeta,
    hasMeta: true,
    missingColumns: [],
    rows: rows.map((r, index) => ({
      index,
      cells: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === "object" ? v : { value: v ?? null }])) as Partial<Record<ColumnKey, Cell>>,
    })),
    locate: (row, column) => a1(row + 3, columnIndex(column)),
  };
}

/** A valid entry for `m` reported by `committee`. */
export function entry(m: Measure, committee: CommitteeCode, over: EntryCells = {}): EntryCells {
  return { ...catalogueCells(m, committee), status: "On track", progress: 50, ...over };
}
