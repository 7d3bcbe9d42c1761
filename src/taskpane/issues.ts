import { parseA1 } from "../domain/entries/cells";
import type { Problem } from "../domain/rules/problems";
import type { CellLocation } from "../excel/selectCell";

/** What the pane knows about the table's issues: nothing yet, or the problems of the last check. */
export type IssueState =
  { readonly checked: false } | { readonly checked: true; readonly problems: readonly Problem[] };

export const UNCHECKED: IssueState = { checked: false };

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countBySeverity(problems: readonly Problem[]): SeverityCounts {
  const errors = problems.filter((p) => p.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}

/** Issues listed in sheet order: workbook-wide ones first, then by row and column. */
export function inSheetOrder(problems: readonly Problem[]): Problem[] {
  const place = (p: Problem): [number, number] => {
    const at = p.where.cell ? parseA1(p.where.cell) : undefined;
    return at ? [at.row, at.col] : [-1, -1];
  };
  return problems
    .map((p, i) => ({ p, i, at: place(p) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map((x) => x.p);
}

/** Where "show me" goes for an issue; undefined for issues that are not about one cell. */
export function issueCell(problem: Problem): CellLocation | undefined {
  if (!problem.where.cell) return undefined;
  return problem.where.sheet ? { sheet: problem.where.sheet, cell: problem.where.cell } : { cell: problem.where.cell };
}

/** A stable React key for an issue. */
export function issueKey(problem: Problem, index: number): string {
  return `${problem.code}@${problem.where.sheet ?? ""}!${problem.where.cell ?? problem.where.row ?? ""}#${index}`;
}
