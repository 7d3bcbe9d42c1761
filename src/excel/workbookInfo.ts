/** What the task pane shows about the open workbook. `name` is null where Excel cannot report it. */
export interface WorkbookInfo {
  readonly name: string | null;
}

/** Reads the workbook's name in one Excel.run and one sync. `Workbook.name` needs ExcelApi 1.7. */
export async function readWorkbookInfo(): Promise<WorkbookInfo> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) return { name: null };
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    await context.sync();
    return { name: workbook.name };
  });
}
