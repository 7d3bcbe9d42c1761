/**
 * How the gateway reaches Excel: `run` (Excel.run) and `isSetSupported`. Use cases take a host so
 * tests pass the Excel fake; in the add-in they default to the Office.js globals.
 */
export interface ExcelHost {
  readonly run: typeof Excel.run;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline", "iOS", …), for APIs a platform lacks despite its requirement sets. */
  readonly platform?: string;
  /** Excel.createWorkbook (ExcelApi 1.8): opens a workbook file as a new workbook. */
  createWorkbook?(base64File: string): Promise<void>;
}

/** The real Office.js host. Read lazily: the globals exist only once office.js has loaded. */
export function officeHost(): ExcelHost {
  return {
    run: Excel.run,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    get platform() {
      return Office.context.platform as unknown as string | undefined; // a string enum: "PC", "iOS", …
    },
    createWorkbook: (base64File) => Excel.createWorkbook(base64File),
  };
}

/**
 * One Excel.run. When the user is typing in a cell, Excel fails a batch unless it was asked to wait
 * (`delayForCellEdit`, an Excel.run option). Neither the API reference nor @types/office-js tie the
 * option to a requirement set; we ask for it where ExcelApi 1.9 is present, and elsewhere the error
 * (InvalidOperationInCellEditMode) reaches the user as "finish editing the cell, then try again".
 */
export function runBatch<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (host.isSetSupported("ExcelApi", "1.9")) return host.run({ delayForCellEdit: true }, batch);
  return host.run(batch);
}

/**
 * Excel on the web refuses a request over 5 MB. We plan each request to stay under this budget,
 * counted as office.js serializes it: the values plus each write's object paths and actions
 * (requestCost.ts); the margin covers what the estimate leaves out.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** The same for what one response carries back when a read has to be cut into blocks (5 MB limit too). */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
