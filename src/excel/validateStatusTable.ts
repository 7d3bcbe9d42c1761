import type { Catalogue } from "../domain/catalogue/catalogue";
import type { CommitteeCode } from "../domain/ids";
import type { Quarter } from "../domain/periods/periods";
import { hasErrors, type Problem } from "../domain/rules/problems";
import { checkSubmission } from "../domain/rules/submissionCheck";
import { attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { MAX_MARK_RUNS, markRunsWithin, queueClearMarks, queueMarks } from "./issueMarks";
import { recoverAfterFailedWrite } from "./protectionRecovery";
import { unsplitRequestBudget } from "./requestCost";
import { keepProtected, whileUnprotected } from "./sheetProtection";
import { submissionInput, type StatusTableData, type StatusTableRead } from "./statusTable";
import { filterClearedProblem, queueShowAllRows } from "./tableFilter";
import { readStatusTable } from "./tableReader";

export interface ValidateOptions {
  /**
   * Catalogues the workbook may have been made from (matched by hash, as in the CLI). The catalogue
   * the workbook carries on its catalogue sheet is accepted too, once its hash checks.
   */
  readonly catalogues: readonly Catalogue[];
  /** Refuse a workbook for another quarter. */
  readonly expectedQuarter?: Quarter;
  readonly host?: ExcelHost;
}

export interface TableVerdict {
  /** Every problem, with its A1 cell where it has one (sheet in `where.sheet`). */
  readonly problems: readonly Problem[];
  /** No errors: the workbook can be submitted (warnings allowed). */
  readonly ready: boolean;
  readonly quarter?: Quarter;
  readonly committee?: CommitteeCode;
  readonly catalogueVersion?: string;
  /** Body rows checked (rows with anything in them). */
  readonly rows: number;
  readonly marked: number;
  readonly marksTruncated: boolean;
}

/** Checks a table already read, with the same checks as the CLI's `validate`. */
export function verdictFor(
  data: StatusTableData,
  options: Pick<ValidateOptions, "catalogues" | "expectedQuarter">,
): Omit<TableVerdict, "marked" | "marksTruncated"> {
  const verdict = checkSubmission(submissionInput(data), {
    catalogues: options.catalogues,
    acceptCarriedCatalogue: true,
    ...(options.expectedQuarter ? { expectedQuarter: options.expectedQuarter } : {}),
  });
  return {
    problems: verdict.problems,
    ready: !hasErrors(verdict.problems),
    rows: data.rows.length,
    ...(verdict.quarter ? { quarter: verdict.quarter } : {}),
    ...(verdict.committee ? { committee: verdict.committee } : {}),
    ...(verdict.catalogue ? { catalogueVersion: verdict.catalogue.version } : {}),
  };
}

/**
 * Queues: the table's filter cleared (tableFilter.ts), every body row back to the template's fills,
 * then the marks for `problems` (at most `limitRuns` runs). Returns the problems with a notice when
 * a filter was cleared.
 */
export function queueRemark(
  read: Pick<StatusTableRead, "data" | "sheet" | "table">,
  problems: readonly Problem[],
  limitRuns = MAX_MARK_RUNS,
): { marked: number; truncated: boolean; problems: readonly Problem[] } {
  const { data, sheet, table } = read;
  let result = { marked: 0, truncated: false };
  let filterCleared = false;
  whileUnprotected(sheet, data.sheetProtected, () => {
    filterCleared = queueShowAllRows(table, data);
    queueClearMarks(
      sheet,
      data,
      Array.from({ length: data.rowCount }, (_, i) => i),
    );
    result = queueMarks(sheet, problems, limitRuns);
  });
  return { ...result, problems: filterCleared ? [...problems, filterClearedProblem(data.sheetName)] : problems };
}

/**
 * "Check my table": reads the status table and metadata in one sync, runs the shared rules, then
 * in a second sync clears the old marks and marks the cells with issues. Two syncs whatever the
 * row count while the table fits one 5 MB response (see tableReader); more only for the bytes
 * beyond that, or when the header was rearranged by hand.
 */
export async function validateStatusTable(options: ValidateOptions): Promise<ExcelOutcome<TableVerdict>> {
  const host = options.host ?? officeHost();
  const outcome = await attempt(() =>
    runBatch(host, async (context) => {
      const read = await readStatusTable(context, host, { scope: { kind: "body" }, catalogueSheet: true });
      const { data, metaSheet } = read;
      const verdict = verdictFor(data, options);
      const marks = queueRemark(read, verdict.problems, markRunsWithin(unsplitRequestBudget(host)));
      keepProtected(metaSheet, data.metaProtected);
      await context.sync();
      return {
        ...verdict,
        problems: marks.problems,
        marked: marks.marked,
        marksTruncated: marks.truncated,
      };
    }),
  );
  if (!outcome.ok) await recoverAfterFailedWrite(host);
  return outcome;
}
