import { parseA1 } from "../domain/cells";
import { SHEET_NAMES } from "../domain/layout";
import type { Problem } from "../domain/problems";
import { STATUS_SHEET_ROWS } from "../domain/sheetContract";
import type { LiveUpdate } from "../excel/liveValidation";
import { inSheetOrder, type IssueState } from "./issues";

const isStatusSheet = (sheet: string | undefined): boolean =>
  sheet === undefined || sheet === SHEET_NAMES.status.en || sheet === SHEET_NAMES.status.km;

/** 0-based sheet row of a problem's cell on the status sheet, if it has one. */
function statusSheetRow(problem: Problem): number | undefined {
  if (!problem.where.cell || !isStatusSheet(problem.where.sheet)) return undefined;
  return parseA1(problem.where.cell)?.row;
}

/**
 * A live check's result folded into the list: a full check replaces it; a check of some rows
 * replaces those rows' issues (rows are body indexes; the body starts on the sheet contract's row).
 * Some rows' issues alone say nothing about the table, so an unchecked table stays unchecked.
 */
export function afterLiveUpdate(current: IssueState, update: LiveUpdate): IssueState {
  if (update.full) return { checked: true, problems: inSheetOrder(update.problems) };
  if (!current.checked) return current;
  const firstBody0 = STATUS_SHEET_ROWS.firstBody - 1;
  const replaced = new Set(update.rows.map((i) => firstBody0 + i));
  const kept = current.problems.filter((p) => {
    const row = statusSheetRow(p);
    return row === undefined || !replaced.has(row);
  });
  return { checked: true, problems: inSheetOrder([...kept, ...update.problems]) };
}
