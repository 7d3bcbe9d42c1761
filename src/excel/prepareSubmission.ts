import type { Catalogue } from "../domain/catalogue/catalogue";
import { contentChecksum } from "../domain/statusSheet/contentChecksum";
import { AUDIT_SHEET, submissionRow } from "../domain/statusSheet/auditLog";
import { planRows, queueNewLogSheet, readWholeLog } from "./auditLogSheet";
import { flushAuditTrail } from "./auditTrail";
import { WritePlan } from "./writePlan";
import type { Problem } from "../domain/rules/problems";
import { attempt, type ExcelOutcome } from "./errors";
import { REQUEST_BUDGET_BYTES, officeHost, runBatch, type ExcelHost } from "./host";
import { markRunsWithin } from "./issueMarks";
import { queueMetaValues } from "./metaWriter";
import { recoverAfterFailedWrite } from "./protectionRecovery";
import { unsplitRequestBudget } from "./requestCost";
import { asOwnWrite } from "./ownWrites";
import { keepProtected, whileUnprotected } from "./sheetProtection";
import { readStatusTable } from "./tableReader";
import { queueRemark, verdictFor } from "./validateStatusTable";

export interface PrepareOptions {
  readonly catalogues: readonly Catalogue[];
  /** Who submits: stamped as submittedBy. */
  readonly officer: string;
  readonly host?: ExcelHost;
  /** The clock (tests pass a fixed one). */
  readonly now?: () => Date;
}

export interface SubmissionStamp {
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly contentChecksum: string;
}

export type PrepareResult =
  | {
      readonly submitted: false;
      readonly problems: readonly Problem[];
      readonly marked: number;
    }
  | {
      readonly submitted: true;
      readonly problems: readonly Problem[];
      readonly stamp: SubmissionStamp;
    };

/**
 * "Prepare my submission": checks the table; with errors left it refuses and marks them (two
 * syncs); when clean it adds a submission row to the change log and stamps the metadata (time,
 * officer, checksum of the entries and of the log): three syncs, the log read in between (two when
 * the workbook has no log yet). While the table fits one response: see tableReader.
 */
export async function prepareSubmission(options: PrepareOptions): Promise<ExcelOutcome<PrepareResult>> {
  const host = options.host ?? officeHost();
  const now = options.now ?? (() => new Date());
  // Changes the change log still holds back belong to what is stamped.
  await flushAuditTrail(host);
  const outcome = await attempt(() =>
    asOwnWrite(() =>
      runBatch(host, async (context) => {
        let logSheet!: Excel.Worksheet; // queued with the table's read (alsoLoad)
        const read = await readStatusTable(context, host, {
          scope: { kind: "body" },
          catalogueSheet: true,
          alsoLoad: () => (logSheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET).load("name")),
        });
        const { data, metaSheet } = read;
        const verdict = verdictFor(data, options);
        const marks = queueRemark(read, verdict.problems, markRunsWithin(unsplitRequestBudget(host)));
        if (!verdict.ready) {
          keepProtected(metaSheet, data.metaProtected);
          await context.sync();
          return {
            submitted: false as const,
            problems: marks.problems,
            marked: marks.marked,
          };
        }
        const submittedAt = now().toISOString();
        const submittedBy = options.officer.trim();
        const log = logSheet.isNullObject ? { rows: [], end: 0 } : await readWholeLog(context, logSheet);
        const marker = submissionRow(submittedAt, submittedBy);
        const stamp: SubmissionStamp = { submittedAt, submittedBy, contentChecksum: contentChecksum(data.rows, [...log.rows, marker]) };
        const plan = new WritePlan(REQUEST_BUDGET_BYTES);
        planRows(plan, logSheet.isNullObject ? queueNewLogSheet(context.workbook) : logSheet, log.end, [marker], REQUEST_BUDGET_BYTES);
        plan.add(() => whileUnprotected(metaSheet, data.metaProtected, () => queueMetaValues(metaSheet, data.metaRows, { ...stamp })));
        await plan.run(context);
        return { submitted: true as const, problems: marks.problems, stamp };
      }),
    ),
  );
  if (!outcome.ok) await recoverAfterFailedWrite(host);
  return outcome;
}
