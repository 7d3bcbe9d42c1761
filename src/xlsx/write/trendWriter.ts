import { Workbook } from "exceljs";
import type { Trend } from "../../domain/consolidation/trend";
import { formatQuarter } from "../../domain/periods/periods";
import { TL } from "../../domain/report/trendLabels";
import type { Lang } from "../../domain/text/lang";
import { addCharts } from "./patches/addCharts";
import { reportStyles } from "./report/styles";
import { writeTrendSheet, type TrendSheetContext } from "./trendSheet";

export interface TrendOptions {
  readonly lang: Lang;
  /** Stored as the file's dates. */
  readonly generatedAt: Date;
}

/** The trend across quarters as a workbook of its own (`policy-tracker trend`): the Trend sheet and its line charts. Browser-safe. */
export async function writeTrendWorkbook(trend: Trend, options: TrendOptions): Promise<Uint8Array> {
  const { lang } = options;
  const span = `${formatQuarter(trend.quarters[0]!, lang)} – ${formatQuarter(trend.quarters[trend.quarters.length - 1]!, lang)}`;
  const wb = new Workbook();
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.created = options.generatedAt;
  wb.modified = options.generatedAt;
  wb.title = `${TL.title[lang]} — ${span}`;
  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const ctx: TrendSheetContext = { lang, s: reportStyles(lang), charts: [], report: TL.title[lang], period: span };
  writeTrendSheet({ addWorksheet: (name, o) => wb.addWorksheet(name, o), sheetDone: () => undefined }, trend, ctx);
  return addCharts(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), ctx.charts);
}
