import type { Worksheet } from "exceljs";
import { COUNCIL_NAME, committee } from "../../domain/catalogue/committees";
import { DESPF_GOALS } from "../../domain/catalogue/goals";
import { REPORT_STATUS_LABELS } from "../../domain/consolidation/reportStatus";
import { STATUS_BADNESS, STUCK_QUARTERS, type Trend, type TrendSeries } from "../../domain/consolidation/trend";
import { SUBMISSION_DUE_DAYS } from "../../domain/consolidation/quarterSnapshot";
import type { ChartSpec } from "../../domain/report/chartSpec";
import { L, fill } from "../../domain/report/reportLabels";
import { SUBMISSION_STATES, TL, TOTAL_COLOUR, TREND_CHARTS, TREND_COLOURS, TREND_SHEET } from "../../domain/report/trendLabels";
import { formatDate } from "../../domain/periods/khmerDate";
import { formatQuarter, type IsoDate } from "../../domain/periods/periods";
import type { Lang, LocalText } from "../../domain/text/lang";
import { asciiToKhmerDigits } from "../../domain/text/normalise";
import type { ReportBook } from "./report/book";
import { Grid, type Put } from "./report/grid";
import type { ReportStyles } from "./report/styles";
import { TYPE } from "./sheetStyle";
import { DEFAULT_ROW_HEIGHT_PT, MARGINS, PAPER, headerFooter, printScale } from "../../domain/report/printLayout";

/**
 * The Trend sheet: the reports it draws on and what to know about them, then completion % and
 * average progress per DESPF goal and per lead committee for every quarter, each table with a line
 * chart below it, then the measures that slipped, the measures stuck, and each committee's
 * submissions. Written into the trend workbook (trendWriter.ts) and, with --history, as the last
 * sheet of the quarterly report; the same for ExcelJS's in-memory and streaming workbooks.
 */

export interface TrendSheetContext {
  readonly lang: Lang;
  readonly s: ReportStyles;
  /** Charts the sheet asks for (added to the file afterwards, addCharts.ts). */
  readonly charts: ChartSpec[];
  /** The page header's right part: the report's short title and the period it covers. */
  readonly report: string;
  readonly period: string;
}

/** Rows a line chart takes below its table. */
const CHART_ROWS = 18;
/** The chart spans the label column and this many quarter columns (inside the printed width). */
const CHART_QUARTER_COLUMNS = 6;
const LABEL_WIDTH = 44;
const COLUMN_WIDTH = 11.5;
/** The slipped and stuck lists need this many columns after the label. */
const LIST_COLUMNS = 8;

export function writeTrendSheet(book: ReportBook, trend: Trend, ctx: TrendSheetContext): Worksheet {
  const { lang, s } = ctx;
  const t = (text: LocalText) => text[lang];
  const q = (i: number) => formatQuarter(trend.quarters[i]!, lang);
  const name = t(TREND_SHEET);
  // Printed at a fixed scale, as the report's sheets (printLayout.ts): fit-to-page is off from the start.
  const ws = book.addWorksheet(name, { views: [], pageSetup: { fitToPage: false } });
  const g = new Grid(ws, lang, [LABEL_WIDTH, ...Array<number>(Math.max(trend.quarters.length, LIST_COLUMNS)).fill(COLUMN_WIDTH)]);
  const span = g.columnCount - 1;

  g.banner(`${t(TL.title)} — ${q(0)} – ${q(trend.quarters.length - 1)}`, s.title);
  const order = STATUS_BADNESS.map((st) => t(REPORT_STATUS_LABELS[st])).join(" → ");
  g.banner(fill(t(TL.note), { order, n: STUCK_QUARTERS, days: SUBMISSION_DUE_DAYS }), s.note);

  g.skip();
  g.banner(t(TL.reports), s.section);
  g.put([{ v: t(TL.quarter), s: s.header }, { v: t(TL.file), s: s.header, span: 4 }, { v: t(TL.catalogue), s: s.header, span: span - 4 }]);
  trend.quarters.forEach((_, i) => {
    const src = trend.sources[i];
    g.put(
      src
        ? [{ v: q(i), s: s.text }, { v: src.source, s: s.wrap, span: 4 }, { v: `${src.catalogue.version} (${src.catalogue.hash})`, s: s.wrap, span: span - 4 }]
        : [{ v: q(i), s: s.text }, { v: t(TL.noReport), s: s.rejected, span: span }],
    );
  });
  g.skip();
  g.banner(t(TL.notes), s.section);
  if (trend.notes.length === 0) g.banner(t(TL.noNotes), s.muted);
  for (const note of trend.notes) g.banner(t(note.text), s.caution);

  // Labelled as on the Summary sheet.
  const number = (n: number) => (lang === "km" ? asciiToKhmerDigits(String(n)) : String(n));
  const total = { label: t(TL.total), series: trend.total };
  const byGoal = [...trend.byGoal.map((r) => ({ label: `${number(r.key)}. ${t(DESPF_GOALS[r.key])}`, series: r })), total];
  const byCommittee = [...trend.byCommittee.map((r) => ({ label: `${r.key} — ${t(committee(r.key).name)}`, series: r })), total];
  const tables = [
    { chart: TREND_CHARTS.completionByGoal, head: t(L.despfGoal), rows: byGoal, figure: "completion" },
    { chart: TREND_CHARTS.averageByGoal, head: t(L.despfGoal), rows: byGoal, figure: "average" },
    { chart: TREND_CHARTS.completionByCommittee, head: t(TL.committee), rows: byCommittee, figure: "completion" },
    { chart: TREND_CHARTS.averageByCommittee, head: t(TL.committee), rows: byCommittee, figure: "average" },
  ] as const;
  // Each table prints on a page of its own with its chart, at a scale where the tallest one fits.
  let tallest = 0;
  for (const table of tables) tallest = Math.max(tallest, onNewPage(g, () => seriesTable(g, ctx, trend, table)));
  onNewPage(g, () => slippedTable(g, ctx, trend));
  g.skip();
  stuckTable(g, ctx, trend);
  g.skip();
  submissionsTable(g, ctx, trend);

  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER.excelPaperSize,
    orientation: PAPER.orientation,
    fitToPage: false,
    // Some room for wrapped labels that print taller than measured (Khmer in LibreOffice).
    scale: printScale(g.widths, tallest * 1.1),
    margins: { ...MARGINS },
  };
  ws.headerFooter = headerFooter({ lang, council: t(COUNCIL_NAME), report: ctx.report, quarter: ctx.period, sheet: name, fontSize: 9, ...(lang === "km" ? { fontName: TYPE.km.name } : {}) });
  return ws;
}

/** Writes a section from the top of a new page (a manual page break above it); returns its height in points. */
function onNewPage(g: Grid, write: () => void): number {
  g.skip();
  const first = g.row;
  g.ws.getRow(first - 1).addPageBreak();
  const above = g.heightThrough(first - 1);
  write();
  return g.heightThrough(g.row - 1) - above;
}

interface SeriesTable {
  readonly chart: { readonly name: string; readonly title: LocalText };
  /** The label column's header. */
  readonly head: string;
  /** One row per goal or committee, the total last. */
  readonly rows: readonly { readonly label: string; readonly series: TrendSeries<unknown> }[];
  readonly figure: "completion" | "average";
}

/** A table of one figure, a row per group and a column per quarter, and its line chart below it. */
function seriesTable(g: Grid, ctx: TrendSheetContext, trend: Trend, { chart, head, rows, figure }: SeriesTable): void {
  const { lang, s } = ctx;
  const sheet = TREND_SHEET[lang];
  g.banner(chart.title[lang], s.section);
  // Rows and columns of the chart's cells, 0-based.
  const header = g.put([{ v: head, s: s.header }, ...trend.quarters.map((qr): Put => ({ v: formatQuarter(qr, lang), s: s.header }))]) - 1;
  const last = trend.quarters.length;
  const specRows = rows.map((r, i) => {
    const values = r.series[figure];
    const row = g.put([{ v: r.label, s: i === rows.length - 1 ? s.totalLabel : s.wrap }, ...values.map((v): Put => ({ v, s: i === rows.length - 1 ? s.totalRate : s.rate }))]) - 1;
    return { row, label: r.label, values, colour: i === rows.length - 1 ? TOTAL_COLOUR : TREND_COLOURS[i % TREND_COLOURS.length]! };
  });
  const top = g.row; // one blank row below the table (g.row is the next row, 1-based)
  g.skip();
  // The chart's rows get their height written out: left at the default, LibreOffice sizes them from
  // the workbook's font (taller in Khmer), and the chart would grow past its page.
  for (let i = 0; i < CHART_ROWS; i++) g.put([], { minHeight: DEFAULT_ROW_HEIGHT_PT });
  ctx.charts.push({
    name: chart.name,
    kind: "line",
    title: chart.title[lang],
    lang,
    categories: { sheet, top: header, left: 1, bottom: header, right: last },
    cachedCategories: trend.quarters.map((qr) => formatQuarter(qr, lang)),
    series: specRows.map((r) => ({
      name: { sheet, top: r.row, left: 0, bottom: r.row, right: 0 },
      values: { sheet, top: r.row, left: 1, bottom: r.row, right: last },
      colour: r.colour,
      cached: { name: r.label, values: r.values },
    })),
    placement: { from: { row: top, col: 0 }, to: { row: top + CHART_ROWS - 1, col: CHART_QUARTER_COLUMNS } },
    valueAxis: { min: 0, max: 100, numberFormat: '0"%"' },
  });
}

function measureLabel(id: string, title: string): string {
  return title ? `${id} — ${title}` : id;
}

function slippedTable(g: Grid, ctx: TrendSheetContext, trend: Trend): void {
  const { lang, s } = ctx;
  const t = (text: LocalText) => text[lang];
  g.banner(`${t(TL.slipped)} (${trend.slipped.length})`, s.section);
  g.put([t(L.measures), t(L.despfGoal), t(L.committee), t(TL.from), t(TL.to), t(TL.statusBefore), t(TL.statusNow), t(TL.progressBefore), t(TL.progressNow)].map((v) => ({ v, s: s.header })));
  if (trend.slipped.length === 0) g.banner(t(TL.noSlips), s.muted);
  for (const slip of trend.slipped) {
    g.put([
      { v: measureLabel(slip.measure.id, slip.measure.title), s: s.wrap },
      { v: slip.measure.goal, s: s.center },
      { v: slip.measure.lead, s: s.center },
      { v: formatQuarter(slip.from, lang), s: s.wrap },
      { v: formatQuarter(slip.to, lang), s: s.wrap },
      { v: t(REPORT_STATUS_LABELS[slip.before]), s: s.status[slip.before] },
      { v: t(REPORT_STATUS_LABELS[slip.after]), s: s.status[slip.after] },
      { v: slip.progressBefore ?? null, s: s.progress },
      { v: slip.progressAfter ?? null, s: s.progress },
    ]);
  }
}

function stuckTable(g: Grid, ctx: TrendSheetContext, trend: Trend): void {
  const { lang, s } = ctx;
  const t = (text: LocalText) => text[lang];
  g.banner(`${fill(t(TL.stuck), { n: STUCK_QUARTERS })} (${trend.stuck.length})`, s.section);
  g.put([t(L.measures), t(L.despfGoal), t(L.committee), t(TL.status), t(TL.progress), t(TL.since), t(TL.quarters)].map((v) => ({ v, s: s.header })));
  if (trend.stuck.length === 0) g.banner(t(TL.noStuck), s.muted);
  for (const stuck of trend.stuck) {
    g.put([
      { v: measureLabel(stuck.measure.id, stuck.measure.title), s: s.wrap },
      { v: stuck.measure.goal, s: s.center },
      { v: stuck.measure.lead, s: s.center },
      { v: t(REPORT_STATUS_LABELS[stuck.measure.status]), s: s.status[stuck.measure.status] },
      { v: stuck.progress, s: s.progress },
      { v: formatQuarter(stuck.since, lang), s: s.wrap },
      { v: stuck.quarters, s: s.count },
    ]);
  }
}

function submissionsTable(g: Grid, ctx: TrendSheetContext, trend: Trend): void {
  const { lang, s } = ctx;
  const t = (text: LocalText) => text[lang];
  g.banner(t(TL.submissions), s.section);
  g.put([{ v: t(TL.committee), s: s.header }, ...trend.quarters.map((qr): Put => ({ v: formatQuarter(qr, lang), s: s.header }))]);
  const style = { "on-time": s.accepted, late: s.warning, unstamped: s.wrap, rejected: s.rejected, missing: s.rejected } as const;
  const date = (iso: IsoDate) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    return formatDate({ year, month, day }, lang);
  };
  const late: string[] = [];
  const missing: string[] = [];
  for (const row of trend.submissions) {
    g.put([
      { v: row.committee, s: s.label },
      ...row.states.map((x, i): Put => {
        if (!x) return { v: t(TL.noReport), s: s.muted };
        if (x.state === "late") late.push(`${row.committee} (${formatQuarter(trend.quarters[i]!, lang)})`);
        if (x.state === "missing") missing.push(`${row.committee} (${formatQuarter(trend.quarters[i]!, lang)})`);
        return { v: fill(t(SUBMISSION_STATES[x.state]), { date: x.submittedOn ? date(x.submittedOn) : "" }), s: style[x.state] };
      }),
    ]);
  }
  const list = (items: string[]) => (items.length ? items.join(", ") : t(TL.none));
  g.banner(fill(t(TL.summaryLine), { late: list(late), missing: list(missing) }), s.note);
}
