/**
 * Office.js itself, loaded from node_modules in a sandbox, with a request executor that records the
 * body of every request instead of sending it to Excel. It measures what office.js really puts on
 * the wire for a batch of Excel API calls, so the fake's request-size model can be checked against it.
 *
 * The executor answers each request as Excel would for a write: every action succeeds, and objects
 * that Excel tracks by reference (paths flagged "D") get a reference id, so later requests of the same
 * Excel.run send the short reference path, as they do against a real workbook. Loads get no data:
 * only write batches are measured this way.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";

const OFFICE_JS = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

interface RequestBody {
  readonly Actions: readonly { readonly Id: number; readonly ActionType: number; readonly ObjectPathId: number }[];
  readonly ObjectPaths: Readonly<Record<string, { readonly D?: boolean }>>;
}

interface OfficeJsGlobals {
  readonly Excel: typeof Excel;
}

let loaded: OfficeJsGlobals | undefined;

/** office.js (excel-web-16.00.js) in a minimal browser-like sandbox; loaded once per process. */
function officeJs(): OfficeJsGlobals {
  if (loaded) return loaded;
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: "node" },
    location: { href: "http://localhost/", protocol: "http:", hash: "", search: "" },
    document: {
      createElement: () => ({ setAttribute() {}, style: {} }),
      getElementsByTagName: () => [],
      addEventListener() {},
      readyState: "complete",
    },
    addEventListener() {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(OFFICE_JS, "utf8"), sandbox, { filename: "excel-web-16.00.js" });
  loaded = sandbox as unknown as OfficeJsGlobals;
  return loaded;
}

/** Bytes of each request body office.js built, as UTF-8 JSON. */
export interface Recording {
  readonly requests: number[];
}

/**
 * Runs `batch` in Excel.run on a real Excel.RequestContext whose requests are recorded, not sent.
 * Returns the size of every request the batch made (a batch should end with its own sync).
 */
export async function recordOfficeJs(batch: (context: Excel.RequestContext) => Promise<void>): Promise<Recording> {
  const { Excel: OfficeExcel } = officeJs();
  const context = new OfficeExcel.RequestContext("http://localhost:1/");
  const requests: number[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      const body = message.Body;
      requests.push(Buffer.byteLength(JSON.stringify(body), "utf8"));
      const Results = body.Actions.map((a) => ({
        ActionId: a.Id,
        Value: a.ActionType === 1 && body.ObjectPaths[String(a.ObjectPathId)]?.D ? { _ReferenceId: `ref${a.ObjectPathId}` } : null,
      }));
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results } });
    },
  };
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = executor;
  // The batch's own requests; Excel.run's closing request (releasing tracked objects) is left out.
  let made = 0;
  await OfficeExcel.run(context.workbook, async (ctx) => {
    await batch(ctx);
    made = requests.length;
  });
  return { requests: requests.slice(0, made) };
}
