import { parseCommittee } from "../domain/catalogue/committees";
import type { Lang, LocalText } from "../domain/text/lang";
import { STATUS_COLUMNS } from "../domain/statusSheet/columns";
import { formatQuarter, parseQuarter, type Quarter } from "../domain/periods/periods";
import { statusSheetTitle } from "../domain/statusSheet/sheetContract";
import { blockAddress } from "./addresses";
import { excelInput } from "./cellIO";
import { GatewayRefusal, attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { queueClearMarks, runsOf } from "./issueMarks";
import { queueMetaValues } from "./metaWriter";
import { recoverAfterFailedWrite } from "./protectionRecovery";
import { asOwnWrite } from "./ownWrites";
import { whileUnprotected } from "./sheetProtection";
import { FILTER_CLEARED, queueShowAllRows } from "./tableFilter";
import { readStatusTable } from "./tableReader";

export interface NextQuarterOptions {
  readonly nextQuarter: Quarter;
  readonly host?: ExcelHost;
}

export interface NextQuarterResult {
  readonly from: Quarter;
  readonly to: Quarter;
  /** Columns emptied (those marked per quarter in the layout). */
  readonly cleared: readonly string[];
  readonly rows: number;
  /** What the official should know: the table's filter was cleared (tableFilter.ts). */
  readonly notice?: LocalText;
}

/**
 * "Start the next quarter": the same workbook carries on — status, progress, planned completion,
 * budgets and officer stay; the columns the layout marks per quarter are emptied; the metadata
 * quarter and the title move on and the submission stamp is cleared. Two syncs.
 */
export async function startNextQuarter(options: NextQuarterOptions): Promise<ExcelOutcome<NextQuarterResult>> {
  const host = options.host ?? officeHost();
  const outcome = await attempt(() =>
    asOwnWrite(() =>
      runBatch(host, async (context) => {
        const { data, table, sheet, metaSheet } = await readStatusTable(context, host, { scope: { kind: "frame" } });
        const from = parseQuarter(data.meta.quarter ?? "");
        const to = options.nextQuarter;
        if (!from) {
          throw new GatewayRefusal("PolicyTracker.QuarterUnknown", {
            en: "The workbook's quarter is missing or unreadable: set the workbook up again.",
            km: "ត្រីមាសរបស់សៀវភៅការងារបាត់ ឬអានមិនបាន៖ សូមរៀបចំសៀវភៅការងារម្តងទៀត។",
          });
        }
        if (to <= from) {
          throw new GatewayRefusal("PolicyTracker.QuarterNotAfter", {
            en: `${formatQuarter(to, "en")} does not come after this workbook's ${formatQuarter(from, "en")}.`,
            km: `${formatQuarter(to, "km")} មិនមែនក្រោយ ${formatQuarter(from, "km")} របស់សៀវភៅការងារនេះទេ។`,
          });
        }
        const lang: Lang = data.meta.language === "km" ? "km" : "en";
        const committee = parseCommittee(data.meta.committee ?? "");
        const perQuarter = STATUS_COLUMNS.filter((c) => c.perQuarter && data.positions.has(c.key));
        const columns = runsOf(perQuarter.map((c) => data.col0 + data.positions.get(c.key)!));
        const bodyRows = Array.from({ length: data.rowCount }, (_, i) => i);

        context.runtime.enableEvents = false;
        let filterCleared = false;
        whileUnprotected(sheet, data.sheetProtected, () => {
          // Hidden rows would keep last quarter's texts (tableFilter.ts).
          filterCleared = queueShowAllRows(table, data);
          // Cleared, not overwritten with "": the request stays the same size whatever the row count,
          // and the cells keep their formats and Excel validation.
          for (const [c0, c1] of columns) {
            sheet.getRange(blockAddress({ row0: data.bodyRow0, row1: data.bodyRow0 + data.rowCount - 1, col0: c0, col1: c1 })).clear("Contents");
          }
          queueClearMarks(sheet, data, bodyRows);
          if (committee) sheet.getRange("A1").values = [[excelInput(statusSheetTitle(committee, to, lang))]];
        });
        whileUnprotected(metaSheet, data.metaProtected, () =>
          queueMetaValues(metaSheet, data.metaRows, {
            quarter: to,
            submittedAt: "",
            submittedBy: "",
            contentChecksum: "",
          }),
        );
        context.runtime.enableEvents = true;
        await context.sync();
        return {
          from,
          to,
          cleared: perQuarter.map((c) => c.key),
          rows: data.rowCount,
          ...(filterCleared ? { notice: FILTER_CLEARED } : {}),
        };
      }),
    ),
  );
  if (!outcome.ok) await recoverAfterFailedWrite(host);
  return outcome;
}
