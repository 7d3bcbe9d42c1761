import { parseA1 } from "../domain/entries/cells";
import { SHEET_NAMES } from "../domain/statusSheet/columns";
import type { Problem } from "../domain/rules/problems";
import type { LiveUpdate } from "../excel/liveValidation";
import { inSheetOrder, type IssueState } from "./issues";

/** Problems about the status sheet: without a sheet, or naming it (in either language: a set-up may have renamed it). */
const onStatusSheet = (problem: Problem, sheet: string): boolean => {
  const name = problem.where.sheet;
  return name === undefined || name === sheet || name === SHEET_NAMES.status.en || name === SHEET_NAMES.status.km;
};

/**
 * A live check's result folded into the list: a full check replaces it; a check of some rows
 * replaces those rows' issues (the update says which sheet rows it checked, wherever the table sits).
 * Some rows' issues alone say nothing about the table, so an unchecked table stays unchecked.
 */
export function afterLiveUpdate(current: IssueState, update: LiveUpdate): IssueState {
  if (update.full) return { checked: true, problems: inSheetOrder(update.problems) };
  if (!current.checked) return current;
  const replaced = new Set(update.sheetRows);
  const kept = current.problems.filter((p) => {
    const at = p.where.cell ? parseA1(p.where.cell) : undefined;
    return at === undefined || !onStatusSheet(p, update.sheet) || !replaced.has(at.row);
  });
  return { checked: true, problems: inSheetOrder([...kept, ...update.problems]) };
}
