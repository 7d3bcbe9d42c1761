import type { Lang } from "../domain/text/lang";
import { REPORT_SHEETS } from "../domain/report/reportLabels";
import { REPORT_SIGNATURE, isReportTitle, reportSheetNames } from "../domain/report/reportLayout";
import { summaryChartSpecs } from "../domain/report/summaryCharts";
import { toBase64 } from "./base64";
import { GatewayRefusal, attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { WEB_PAYLOAD_LIMIT_BYTES, webPayloadLimitApplies } from "./requestCost";
import { queueSummaryCharts } from "./reportCharts";

/** workbook.insertWorksheetsFromBase64 came with ExcelApi 1.13 (Excel 2021, Microsoft 365, the web). */
export const INSERT_REQUIREMENT = { set: "ExcelApi", version: "1.13" } as const;

export interface InsertReportOptions {
  /** The report workbook, as the pane built it: with its charts (DrawingML parts on the Summary sheet). */
  readonly bytes: Uint8Array;
  /** The same workbook without its charts, for Excel on the web (see insertReport). */
  readonly withoutCharts: Uint8Array;
  /** Its language: the sheet names to expect. */
  readonly lang: Lang;
  readonly host?: ExcelHost;
}

export interface InsertedReport {
  /** The report's sheets now in the workbook, in order. */
  readonly sheets: readonly string[];
  /** Charts on the Summary sheet: brought by the file, or drawn where Excel cannot bring them. */
  readonly charts: number;
  /** An earlier copy of the report (same language) was replaced. */
  readonly replaced: boolean;
}

/** Whether this Excel can insert the report's sheets; when not, the pane offers the download only. */
export function canInsertReport(host: ExcelHost = officeHost()): boolean {
  // Excel on iPad reports ExcelApi 1.13 but the API reference lists insertWorksheetsFromBase64 as
  // unsupported there: offer the download rather than an insert that fails.
  if (host.platform === "iOS") return false;
  return host.isSetSupported(INSERT_REQUIREMENT.set, INSERT_REQUIREMENT.version);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Office.context.platform of Excel on the web. */
const WEB = "OfficeOnline";

/**
 * What the insert's request carries beside the Base64: renames, the charts drawn on the web (~20
 * objects each) and the activation — ~10 KB as office.js serializes them; the margin covers the rest.
 */
const INSERT_REQUEST_OVERHEAD_BYTES = 64 * 1024;

/**
 * "Insert the report into this workbook": its sheets, with the charts of the Summary tables. One
 * Excel.run, at most three syncs: the sheet names, the cover of an earlier report when names
 * clash, then everything else in one request.
 *
 * Charts. The report file carries its charts, and on Windows and Mac the inserted sheets bring them
 * along: the pane draws none (drawing them too would show each chart twice). Excel on the web
 * refuses to insert a file with charts ("doesn't support inserting charts, comments, PivotTables, or
 * slicers", the API reference; OfficeDev/office-js#4518): there the same workbook without its
 * charts goes in, and the pane draws the same charts (summaryCharts.ts) through Office.js.
 *
 * Sheet-name clashes. A report inserted earlier in the same language (recognised by its cover's
 * title) is replaced, and the new one takes its place among the sheets: an official who rebuilds
 * the report after a late submission expects the workbook to show the new figures, not a second
 * "Summary (2)" beside the first one to be mistaken for it. The report is derived data — it can be
 * built again and downloaded at any time — so replacing it loses nothing of the official's. Old
 * sheets step aside (renamed) before the insert and go last, so a failure part-way leaves them in
 * place. A sheet with a report's name that is not part of a report is the official's own: it is
 * never touched, and the insert is refused with its name.
 */
export async function insertReport(options: InsertReportOptions): Promise<ExcelOutcome<InsertedReport>> {
  const host = options.host ?? officeHost();
  const { lang } = options;
  if (!canInsertReport(host)) return refusal(NOT_SUPPORTED);
  const drawCharts = host.platform === WEB;
  const base64 = toBase64(drawCharts ? options.withoutCharts : options.bytes);
  if (webPayloadLimitApplies(host) && base64.length + INSERT_REQUEST_OVERHEAD_BYTES > WEB_PAYLOAD_LIMIT_BYTES) return refusal(TOO_LARGE);
  const names = reportSheetNames(lang);
  const coverName = REPORT_SHEETS[REPORT_SIGNATURE.sheet][lang];
  const aside = new Map<string, string>(); // spare name → the earlier sheet's own name

  const outcome = await attempt(() =>
    runBatch(host, async (context) => {
      const wb = context.workbook;
      wb.worksheets.load("items/name");
      await context.sync();
      const existing = wb.worksheets.items.map((s) => s.name);
      const clashing = existing.filter((name) => names.some((n) => same(n, name)));
      if (clashing.length > 0 && !(await isEarlierReport(context, existing, coverName, lang))) {
        throw new GatewayRefusal("PolicyTracker.SheetNameTaken", {
          en: `This workbook already has a sheet named “${clashing[0]}” that is not part of a Policy Tracker report. Rename it, or download the report instead.`,
          km: `សៀវភៅការងារនេះមានសន្លឹកឈ្មោះ «${clashing[0]}» រួចហើយ ដែលមិនមែនជាផ្នែកនៃរបាយការណ៍ Policy Tracker។ សូមប្តូរឈ្មោះវា ឬទាញយករបាយការណ៍ជំនួសវិញ។`,
        });
      }

      const earlier = clashing.map((name) => {
        const sheet = wb.worksheets.getItem(name);
        const spare = spareName(existing, aside.size + 1);
        aside.set(spare, name);
        sheet.name = spare;
        return sheet;
      });
      // The new report goes where the earlier one was, else after the official's sheets.
      wb.insertWorksheetsFromBase64(base64, earlier[0] ? { positionType: "Before", relativeTo: earlier[0] } : { positionType: "End" });
      const charts = drawCharts ? queueSummaryCharts(wb.worksheets.getItem(REPORT_SHEETS.summary[lang]), lang) : summaryChartSpecs(lang).length;
      for (const sheet of earlier) sheet.delete();
      wb.worksheets.getItem(coverName).activate();
      await context.sync();
      return { sheets: names, charts, replaced: earlier.length > 0 };
    }),
  );
  if (!outcome.ok && aside.size > 0) await restoreNames(host, aside);
  return outcome;
}

/** Whether the clash is with a report we inserted before: its cover says so in its first cell. One sync. */
async function isEarlierReport(context: Excel.RequestContext, existing: readonly string[], coverName: string, lang: Lang): Promise<boolean> {
  const cover = existing.find((name) => same(name, coverName));
  if (cover === undefined) return false;
  const first = context.workbook.worksheets.getItem(cover).getRange(REPORT_SIGNATURE.cell);
  first.load("values");
  await context.sync();
  return isReportTitle(first.values[0]?.[0], lang);
}

function spareName(existing: readonly string[], from: number): string {
  for (let n = from; ; n++) {
    const name = `PT_Earlier${n}`;
    if (!existing.some((e) => same(e, name))) return name;
  }
}

/** After a failed insert, the earlier report's sheets get their names back (best effort: they are still there). */
async function restoreNames(host: ExcelHost, aside: ReadonlyMap<string, string>): Promise<void> {
  try {
    await runBatch(host, async (context) => {
      const sheets = [...aside.keys()].map((spare) => [context.workbook.worksheets.getItemOrNullObject(spare), aside.get(spare)!] as const);
      for (const [sheet] of sheets) sheet.load("name");
      await context.sync();
      for (const [sheet, name] of sheets) if (!sheet.isNullObject) sheet.name = name;
      await context.sync();
    });
  } catch {
    // Nothing more to do: the sheets are there under their spare names, and a new insert replaces them.
  }
}

function refusal(failure: { code: string; en: string; km: string }): ExcelOutcome<never> {
  return { ok: false, failure: { code: failure.code, message: { en: failure.en, km: failure.km } } };
}

const NOT_SUPPORTED = {
  code: "PolicyTracker.InsertUnsupported",
  en: "This version of Excel cannot insert sheets from a file (it needs ExcelApi 1.13). Download the report and open it instead.",
  km: "កំណែ Excel នេះមិនអាចបញ្ចូលសន្លឹកពីឯកសារបានទេ (ត្រូវការ ExcelApi 1.13)។ សូមទាញយករបាយការណ៍ ហើយបើកវាជំនួសវិញ។",
};

const TOO_LARGE = {
  code: "PolicyTracker.ReportTooLarge",
  en: "The report is too large for Excel on the web to receive in one request (5 MB). Download it and open it instead.",
  km: "របាយការណ៍ធំពេកសម្រាប់ Excel លើបណ្តាញ ទទួលក្នុងសំណើតែមួយ (5 MB)។ សូមទាញយក ហើយបើកវាជំនួសវិញ។",
};
