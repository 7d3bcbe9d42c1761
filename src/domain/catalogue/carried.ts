import type { Catalogue, Measure } from "./catalogue";
import { dropDuplicateIds, makeCatalogue, type Placed } from "./catalogueBuild";
import type { CellValue } from "../entries/cells";
import type { LocalText } from "../text/lang";
import { buildMeasure, type MeasureRecord } from "./measureRecord";
import { provenanceFromLabel } from "./labels";
import { CATALOGUE_FIELDS, mapCatalogueHeader, type CatalogueField } from "./sheetColumns";

/**
 * The catalogue a status workbook carries: its catalogue sheet, read back into a catalogue and
 * accepted only when its content hash is the one recorded in the workbook's metadata at set-up.
 * The same function serves the CLI's reader (cells of a file) and the Office.js gateway (values of
 * the sheet's table), so both come to the same verdict.
 */

/** A catalogue sheet's values as read, top to bottom (the header row is looked for in the first rows). */
export interface CatalogueSheetCells {
  readonly sheet: string;
  readonly rows: readonly (readonly (CellValue | undefined)[] | undefined)[];
  /** The 1-based sheet row of `rows[0]` (default 1). */
  readonly firstRow?: number;
}

export type CarriedCatalogue =
  /** No catalogue sheet, or one of an earlier layout that does not hold every field of a measure. */
  | { readonly kind: "absent" }
  | { readonly kind: "intact"; readonly catalogue: Catalogue }
  /** Its cells no longer make the recorded catalogue; `detail` says why when a row no longer makes a measure at all. */
  | { readonly kind: "changed"; readonly detail?: LocalText };

/** The header is on row 3 of the sheet as written; a few rows of slack for a sheet edited above it. */
const HEADER_SEARCH_ROWS = 10;

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : typeof v === "string" ? v : String(v));

/** What a cell shows back to what the catalogue keeps (the target's label is undone by buildMeasure). */
const FROM_CELL: Partial<Record<CatalogueField, (shown: string) => string>> = {
  dgpStrategy: (shown) => /^\s*(\d+)\s*\./.exec(shown)?.[1] ?? shown,
  provenance: provenanceFromLabel,
};

function findHeader(rows: CatalogueSheetCells["rows"]): { row: number; positions: Map<CatalogueField, number> } | undefined {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const positions = mapCatalogueHeader((rows[r] ?? []).map(text));
    if (CATALOGUE_FIELDS.every((f) => positions.has(f))) return { row: r, positions };
  }
  return undefined;
}

/** Live validation checks the same cells again at every edit: each is read once per recorded catalogue. */
const readBefore = new WeakMap<CatalogueSheetCells, Map<string, CarriedCatalogue>>();

export function readCarriedCatalogue(cells: CatalogueSheetCells | undefined, recorded: { readonly version?: string; readonly hash?: string }): CarriedCatalogue {
  if (!cells) return { kind: "absent" };
  const key = `${recorded.version ?? ""}\n${recorded.hash ?? ""}`;
  const seen = readBefore.get(cells) ?? new Map<string, CarriedCatalogue>();
  readBefore.set(cells, seen);
  const known = seen.get(key);
  if (known) return known;
  const carried = readCells(cells, recorded);
  seen.set(key, carried);
  return carried;
}

function readCells(cells: CatalogueSheetCells, recorded: { readonly version?: string; readonly hash?: string }): CarriedCatalogue {
  const header = findHeader(cells.rows);
  if (!header) return { kind: "absent" };
  const firstRow = cells.firstRow ?? 1;
  const placed: Placed<Measure>[] = [];
  for (let r = header.row + 1; r < cells.rows.length; r++) {
    const row = cells.rows[r];
    if (!row || row.every((v) => text(v).trim() === "")) continue;
    const record = Object.fromEntries(
      CATALOGUE_FIELDS.map((f) => {
        const shown = text(row[header.positions.get(f)!]);
        return [f, FROM_CELL[f]?.(shown) ?? shown];
      }),
    ) as unknown as MeasureRecord;
    const where = { sheet: cells.sheet, row: firstRow + r };
    const built = buildMeasure(record, where, "official");
    const first = built.problems[0];
    if (first || !built.measure) return { kind: "changed", ...(first ? { detail: rowDetail(firstRow + r, first.message) } : {}) };
    placed.push({ value: built.measure, where });
  }
  const deduped = dropDuplicateIds(placed);
  const duplicate = deduped.problems[0];
  if (duplicate) return { kind: "changed", detail: rowDetail(duplicate.where.row ?? firstRow, duplicate.message) };
  const catalogue = makeCatalogue(recorded.version ?? "", `${cells.sheet} sheet of the workbook`, deduped.measures);
  return catalogue.hash === recorded.hash ? { kind: "intact", catalogue } : { kind: "changed" };
}

const rowDetail = (row: number, why: LocalText): LocalText => ({ en: `row ${row}: ${why.en}`, km: `ជួរទី ${row}៖ ${why.km}` });
