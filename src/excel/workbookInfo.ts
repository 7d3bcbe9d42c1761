import { officeHost, runBatch, type ExcelHost } from "./host";

/** What the task pane shows about the open workbook. `name` is null where Excel cannot report it. */
export interface WorkbookInfo {
  readonly name: string | null;
}

/** Reads the workbook's name in one Excel.run and one sync. `Workbook.name` needs ExcelApi 1.7. */
export async function readWorkbookInfo(host: ExcelHost = officeHost()): Promise<WorkbookInfo> {
  if (!host.isSetSupported("ExcelApi", "1.7")) return { name: null };
  return runBatch(host, async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    await context.sync();
    return { name: workbook.name };
  });
}
