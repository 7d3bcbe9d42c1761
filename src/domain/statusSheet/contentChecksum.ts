import type { Cell } from "../entries/cells";
import { parseText } from "../entries/entryParse";
import { ENTRY_COLUMN_KEYS } from "./columns";
import { canonicalJson, sha256Hex } from "../catalogue/sha256";
import type { StatusRow } from "./statusRow";
import { normaliseText } from "../text/normalise";
import { canonicalAuditRows, type AuditRow } from "./auditLog";

/**
 * The content checksum stamped on a submission: SHA-256 of the entry cells in a canonical form,
 * so the same entries give the same checksum whether read through Office.js or from the file.
 * Per row: the measure ID (upper case) and every entry column's cell — a formula as its text
 * (without "="), an error as its code, text normalised, blanks as null, numbers as numbers.
 * With a change log, the log's rows as they sit in the sheet are covered too: a log edited by hand
 * no longer matches the stamp. (A workbook without a log checksums as before the log existed.)
 */
export function contentChecksum(rows: readonly StatusRow[], log: readonly AuditRow[] = []): string {
  const entries = rows.map((r) => [parseText(r.cells.id).toUpperCase(), ...ENTRY_COLUMN_KEYS.map((k) => canonicalCell(r.cells[k]))]);
  return sha256Hex(canonicalJson(log.length === 0 ? entries : { entries, log: canonicalAuditRows(log) }));
}

function canonicalCell(cell: Cell | undefined): unknown {
  if (!cell) return null;
  if (cell.formula !== undefined) return { f: cell.formula.replace(/^=/, "") };
  if (cell.error !== undefined) return { e: cell.error };
  if (cell.value === null) return null;
  if (typeof cell.value === "string") {
    const text = normaliseText(cell.value);
    return text === "" ? null : text;
  }
  return cell.value;
}
