/**
 * The floor's submission reader: the same SubmissionInput the product builds (same rows, cells,
 * metadata and cell addresses), from the fewest parts and the least work.
 */
import { strFromU8 } from "fflate";
import { a1, cellText, type Cell } from "../../src/domain/entries/cells";
import { META_KEYS, META_SHEET, SHEET_NAMES, mapHeader, type ColumnKey, type MetaKey, type WorkbookMeta } from "../../src/domain/statusSheet/columns";
import type { SubmissionInput } from "../../src/domain/rules/submissionCheck";
import type { StatusRow } from "../../src/domain/statusSheet/statusRow";
import { inflateParts, packageMap, parseSharedStrings, parseSheet, parseStyleClasses } from "./xml";

const STATUS_NAMES: readonly string[] = [SHEET_NAMES.status.en, SHEET_NAMES.status.km];
const HEADER_SEARCH_ROWS = 20;

/**
 * A string that outlives the parse must not be a slice of the decoded part: V8 keeps the whole part
 * string alive for it (tens of KB per file). Copying cuts that tie (used by floor.ts --lean).
 */
const copy = (s: string): string => (s.length > 12 ? Buffer.from(s, "utf8").toString("utf8") : s);

export function floorReadSubmission(bytes: Uint8Array, file: string, options: { copyKept?: boolean } = {}): SubmissionInput {
  const map = packageMap(bytes);
  const statusName = [...map.sheets.keys()].find((n) => STATUS_NAMES.includes(n));
  if (!statusName) throw new Error("no status sheet");
  const statusPart = map.sheets.get(statusName)!;
  const metaPart = map.sheets.get(META_SHEET);
  const wanted = new Set([statusPart, ...(metaPart ? [metaPart] : []), ...(map.sharedStrings ? [map.sharedStrings] : []), ...(map.styles ? [map.styles] : [])]);
  const parts = inflateParts(bytes, wanted);
  const shared = map.sharedStrings && parts[map.sharedStrings] ? parseSharedStrings(strFromU8(parts[map.sharedStrings]!)) : [];
  const styles = map.styles && parts[map.styles] ? parseStyleClasses(strFromU8(parts[map.styles]!)) : [];

  let meta: WorkbookMeta | undefined;
  if (metaPart && parts[metaPart]) {
    const m: Partial<Record<MetaKey, string>> = {};
    parseSheet(strFromU8(parts[metaPart]!), shared, styles, (_r, cells) => {
      const key = cellText(cells[0]).trim() as MetaKey;
      if (META_KEYS.includes(key)) m[key] = options.copyKept ? copy(cellText(cells[1]).trim()) : cellText(cells[1]).trim();
    });
    meta = m;
  }

  let header: { row: number; positions: Map<ColumnKey, number>; missing: ColumnKey[] } | undefined;
  const rows: StatusRow[] = [];
  const rowNumbers: number[] = [];
  parseSheet(strFromU8(parts[statusPart]!), shared, styles, (r, cells) => {
    if (!header) {
      if (r >= HEADER_SEARCH_ROWS) return;
      const found = mapHeader(Array.from(cells, (c) => cellText(c)));
      if (found.positions.has("id") && found.positions.has("status")) header = { row: r, positions: found.positions, missing: found.missing };
      return;
    }
    if (!cells.some((c) => c !== undefined && cellText(c).trim() !== "")) return;
    const keyed: Partial<Record<ColumnKey, Cell>> = {};
    for (const [key, col] of header.positions) {
      const cell = cells[col];
      if (cell) keyed[key] = cell;
    }
    rows.push({ index: rows.length, cells: keyed });
    rowNumbers.push(r);
  });
  if (!header) throw new Error("no status table found");
  return {
    file,
    sheet: statusName,
    meta: meta ?? {},
    hasMeta: meta !== undefined,
    missingColumns: header.missing,
    rows,
    locate: locator(rowNumbers, header.positions),
  };
}

/** Made in its own scope: a closure here would otherwise keep the reader's whole scope (rows included) alive. */
function locator(rowNumbers: readonly number[], positions: ReadonlyMap<ColumnKey, number>): SubmissionInput["locate"] {
  return (row, column) => {
    const r = rowNumbers[row];
    const c = positions.get(column);
    return r === undefined || c === undefined ? undefined : a1(r, c);
  };
}
