import type { Alignment, Font, Style } from "exceljs";
import { REPORT_STATUSES } from "../../../domain/consolidation/tallies";
import { REPORT_STATUS_COLOURS } from "../../../domain/consolidation/reportStatus";
import type { ReportStatus } from "../../../domain/consolidation/types";
import type { Lang } from "../../../domain/text/lang";
import { STATUS_COLOURS } from "../../../domain/entries/status";
import { BORDERS, DATE_FORMAT, HEADER_ALIGN, HEADER_FILL, PROGRESS_FORMAT, TITLE_BLUE, TOP, TOP_WRAP, TYPE, WHITE, font, solid } from "../sheetStyle";

/**
 * Every cell style of the report, built once per workbook and shared by reference: ExcelJS maps
 * each style object to one entry of styles.xml. A style object is never changed after it is made,
 * because every cell that uses it would change too.
 */
export type CellStyle = Partial<Style>;

export interface ReportStyles {
  readonly title: CellStyle;
  readonly subtitle: CellStyle;
  readonly section: CellStyle;
  readonly note: CellStyle;
  readonly caution: CellStyle;
  readonly label: CellStyle;
  readonly value: CellStyle;
  readonly header: CellStyle;
  readonly statusHeader: Readonly<Record<ReportStatus, CellStyle>>;
  readonly text: CellStyle;
  readonly wrap: CellStyle;
  readonly muted: CellStyle;
  readonly center: CellStyle;
  readonly count: CellStyle;
  readonly rate: CellStyle;
  readonly progress: CellStyle;
  readonly delta: CellStyle;
  readonly date: CellStyle;
  readonly dateTime: CellStyle;
  readonly status: Readonly<Record<ReportStatus, CellStyle>>;
  readonly flag: CellStyle;
  readonly accepted: CellStyle;
  readonly rejected: CellStyle;
  readonly error: CellStyle;
  readonly warning: CellStyle;
  /** Bold rows: group subtotals and totals. */
  readonly groupLabel: CellStyle;
  readonly groupCount: CellStyle;
  readonly groupRate: CellStyle;
  readonly totalLabel: CellStyle;
  readonly totalCount: CellStyle;
  readonly totalRate: CellStyle;
  readonly indented: CellStyle;
  readonly blockHeading: CellStyle;
}

const RATE_FORMAT = '0.0"%"';
const DELTA_FORMAT = '+0;-0;0';
/** Zero shows as a dash, so the counts that matter stand out. */
const COUNT_FORMAT = '0;-0;"–"';
const DATE_TIME_FORMAT = `${DATE_FORMAT} hh:mm`;
const DARK = { argb: "FF262626" };
const GREY = { argb: "FF595959" };
const GROUP_FILL = solid("DDEBF7");
const TOTAL_FILL = solid("D9E1F2");
const BLOCK_FILL = solid("F2F2F2");
const medium = { style: "medium", color: { argb: "FF1F4E78" } } as const;
const TOTAL_BORDERS = { ...BORDERS, top: medium };
const RIGHT: Partial<Alignment> = { vertical: "top", horizontal: "right" };
const CENTER: Partial<Alignment> = { vertical: "top", horizontal: "center" };

function build(lang: Lang): ReportStyles {
  const size = TYPE[lang].size;
  const body = font(lang);
  const bold = font(lang, { bold: true });
  const cell = (f: Partial<Font>, alignment: Partial<Alignment>, extra: CellStyle = {}): CellStyle => ({ font: f, alignment, border: BORDERS, ...extra });
  const filled = (rgb: string, f: Partial<Font> = body): CellStyle => cell(f, TOP_WRAP, { fill: solid(rgb) });
  const statusStyles = (make: (s: ReportStatus) => CellStyle) => Object.fromEntries(REPORT_STATUSES.map((s) => [s, make(s)])) as Record<ReportStatus, CellStyle>;
  const headerFont = font(lang, { bold: true, color: WHITE });
  return {
    title: { font: font(lang, { bold: true, size: size + 5, color: TITLE_BLUE }), alignment: { vertical: "middle", wrapText: true } },
    subtitle: { font: font(lang, { bold: true, size: size + 2, color: DARK }), alignment: { vertical: "middle", wrapText: true } },
    section: { font: font(lang, { bold: true, size: size + 1, color: TITLE_BLUE }), alignment: { vertical: "bottom" } },
    note: { font: font(lang, { italic: lang === "en", size: size - 1, color: { argb: "FF404040" } }), alignment: TOP_WRAP },
    caution: { font: font(lang, { bold: true, color: { argb: "FF9C5700" } }), alignment: TOP_WRAP, fill: solid(STATUS_COLOURS["at-risk"]) },
    label: { font: bold, alignment: TOP_WRAP },
    value: { font: body, alignment: TOP_WRAP },
    header: { font: headerFont, alignment: HEADER_ALIGN, border: BORDERS, fill: HEADER_FILL },
    statusHeader: statusStyles((s) => ({ font: font(lang, { bold: true, color: DARK }), alignment: HEADER_ALIGN, border: BORDERS, fill: solid(REPORT_STATUS_COLOURS[s]) })),
    text: cell(body, TOP),
    wrap: cell(body, TOP_WRAP),
    muted: cell(font(lang, { italic: lang === "en", color: GREY }), TOP_WRAP),
    center: cell(body, CENTER),
    count: cell(body, RIGHT, { numFmt: COUNT_FORMAT }),
    rate: cell(body, RIGHT, { numFmt: RATE_FORMAT }),
    progress: cell(body, RIGHT, { numFmt: PROGRESS_FORMAT }),
    delta: cell(body, RIGHT, { numFmt: DELTA_FORMAT }),
    date: cell(body, CENTER, { numFmt: DATE_FORMAT }),
    dateTime: cell(body, CENTER, { numFmt: DATE_TIME_FORMAT }),
    status: statusStyles((s) => filled(REPORT_STATUS_COLOURS[s])),
    flag: cell(bold, CENTER, { fill: solid(STATUS_COLOURS.delayed) }),
    accepted: filled(STATUS_COLOURS["on-track"]),
    rejected: filled(STATUS_COLOURS.delayed),
    error: filled(STATUS_COLOURS.delayed),
    warning: filled(STATUS_COLOURS["at-risk"]),
    groupLabel: cell(bold, TOP_WRAP, { fill: GROUP_FILL }),
    groupCount: cell(bold, RIGHT, { fill: GROUP_FILL, numFmt: COUNT_FORMAT }),
    groupRate: cell(bold, RIGHT, { fill: GROUP_FILL, numFmt: RATE_FORMAT }),
    totalLabel: { font: bold, alignment: TOP_WRAP, border: TOTAL_BORDERS, fill: TOTAL_FILL },
    totalCount: { font: bold, alignment: RIGHT, border: TOTAL_BORDERS, fill: TOTAL_FILL, numFmt: COUNT_FORMAT },
    totalRate: { font: bold, alignment: RIGHT, border: TOTAL_BORDERS, fill: TOTAL_FILL, numFmt: RATE_FORMAT },
    indented: cell(body, { ...TOP_WRAP, horizontal: "left", indent: 2 }),
    blockHeading: { font: font(lang, { bold: true, size: size + 1, color: TITLE_BLUE }), alignment: { vertical: "middle", wrapText: true }, border: BORDERS, fill: BLOCK_FILL },
  };
}

/** The report's styles for a language: made once per workbook, then shared by its cells. */
export function reportStyles(lang: Lang): ReportStyles {
  return build(lang);
}
