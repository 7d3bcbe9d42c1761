import type { LocalText } from "../domain/text/lang";
import { problem, type Problem } from "../domain/rules/problems";
import type { StatusTableData } from "./statusTable";

/**
 * A filter the official applied to the status table (to see only the delayed measures, say) hides
 * rows, and Excel then misplaces or skips rows in a write that spans them: "rows that should be
 * filtered are shown … data seems to be misplaced" (office-js #224). Next quarter would leave the
 * hidden rows' achievements in place, and marking would leave stale marks on them.
 *
 * So before such writes the filter is cleared (Table.clearFilters, ExcelApi 1.2), and the user is
 * told. Refusing instead would stop marking, submission and next quarter for as long as a filter is
 * on, and putting the filter back is not reliable for every kind of criteria; clearing loses nothing
 * and the filter is one click away. Where Excel cannot say whether rows are filtered (AutoFilter,
 * ExcelApi 1.9) the filter is cleared all the same. Live validation keeps the filter: it writes the
 * few rows it checks one row at a time, which a filter does not disturb.
 */
export const FILTER_CLEARED: LocalText = {
  en: "The filter on the status table was cleared so that every row, hidden ones included, could be updated. Filter it again if you need to.",
  km: "តម្រងលើតារាងស្ថានភាពត្រូវបានសម្អាត ដើម្បីឱ្យគ្រប់ជួរដេក រួមទាំងជួរដែលលាក់ ត្រូវបានធ្វើបច្ចុប្បន្នភាព។ សូមដាក់តម្រងម្តងទៀត ប្រសិនបើអ្នកត្រូវការ។",
};

/** Queues the clearing of the table's filter when rows may be hidden; true when rows were known to be hidden. */
export function queueShowAllRows(table: Excel.Table, data: Pick<StatusTableData, "filtered">): boolean {
  if (data.filtered === false) return false;
  table.clearFilters();
  return data.filtered === true;
}

/** The notice, as a warning in the issue list (it names no cell, so nothing is marked). */
export function filterClearedProblem(sheet: string): Problem {
  return problem("table.filter-cleared", FILTER_CLEARED, { sheet }, "warning");
}
