import { bundledCatalogue } from "../domain/catalogue/bundledCatalogue";
import type { Catalogue } from "../domain/catalogue/catalogue";
import { officeHost, type ExcelHost } from "../excel/host";
import { validateStatusTable } from "../excel/validateStatusTable";
import type { ExcelOutcome } from "../excel/errors";
import type { TableVerdict } from "../excel/validateStatusTable";

/** What the ribbon passes to a function command: it must always be told the command completed. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Ribbon "Check entries": validates the whole status table and marks the cells, without opening
 * the pane. The marks are the feedback (a function command has no UI of its own).
 */
export async function validateWorkbook(
  event: CommandEvent,
  host: ExcelHost = officeHost(),
  catalogues: readonly Catalogue[] = [bundledCatalogue()],
): Promise<ExcelOutcome<TableVerdict>> {
  try {
    return await validateStatusTable({ catalogues, host });
  } finally {
    event.completed();
  }
}
