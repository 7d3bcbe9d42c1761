import { blockFormula, type CellBlock, type ChartSeries, type ChartSpec } from "../../../domain/report/chartSpec";
import type { Lang } from "../../../domain/text/lang";
import { TYPE } from "../sheetStyle";

/**
 * The XML of a chart part (xl/charts/chartN.xml, DrawingML's chartSpace) and of the drawing part
 * that anchors charts on a sheet (xl/drawings/drawingN.xml), from a ChartSpec. Elements are written
 * in the order ISO/IEC 29500 (transitional) gives them, which is what Excel checks before it opens a
 * file without repairing it. Series refer to their cells and carry the figures as a cache, so a
 * reader that does not recalculate (a previewer) still draws them.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Khmer glyphs come from the complex-script font, whatever the report's language (committee names, entries). */
const KHMER_FONT = TYPE.km.name;
const LANGUAGE_TAG: Readonly<Record<Lang, string>> = { en: "en-GB", km: "km-KH" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const val = (element: string, value: string | number) => `<c:${element} val="${value}"/>`;

/** Text properties: the report's font for Latin text, a Khmer font for Khmer, at `size` points. */
function runProperties(element: "defRPr" | "rPr", lang: Lang, size: number, bold = false): string {
  const latin = TYPE[lang].name;
  return (
    `<a:${element} lang="${LANGUAGE_TAG[lang]}" sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="404040"/></a:solidFill>` +
    `<a:latin typeface="${escapeXml(latin)}"/><a:ea typeface="${escapeXml(latin)}"/><a:cs typeface="${escapeXml(KHMER_FONT)}"/>` +
    `</a:${element}>`
  );
}

/** A text body whose only paragraph sets the default text properties (axes, legend, the whole chart). */
function textProperties(lang: Lang, size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties("defRPr", lang, size)}</a:pPr><a:endParaRPr lang="${LANGUAGE_TAG[lang]}"/></a:p></c:txPr>`;
}

function title(spec: ChartSpec): string {
  const size = spec.lang === "km" ? 12 : 13;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties("defRPr", spec.lang, size, true)}</a:pPr>` +
    `<a:r>${runProperties("rPr", spec.lang, size, true)}<a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `${val("overlay", 0)}</c:title>`
  );
}

function strRef(block: CellBlock, cached: readonly string[] | undefined): string {
  const cache = cached
    ? `<c:strCache>${val("ptCount", cached.length)}${cached.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("")}</c:strCache>`
    : "";
  return `<c:strRef><c:f>${escapeXml(blockFormula(block))}</c:f>${cache}</c:strRef>`;
}

function numRef(block: CellBlock, cached: readonly (number | null)[] | undefined, format: string): string {
  const points = cached?.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`])).join("");
  const cache = cached ? `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>${val("ptCount", cached.length)}${points}</c:numCache>` : "";
  return `<c:numRef><c:f>${escapeXml(blockFormula(block))}</c:f>${cache}</c:numRef>`;
}

const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function series(spec: ChartSpec, s: ChartSeries, index: number): string {
  const head = `${val("idx", index)}${val("order", index)}<c:tx>${strRef(s.name, s.cached ? [s.cached.name] : undefined)}</c:tx>`;
  const categories = `<c:cat>${strRef(spec.categories, spec.cachedCategories)}</c:cat>`;
  const values = `<c:val>${numRef(s.values, s.cached?.values, spec.valueAxis?.numberFormat ?? "General")}</c:val>`;
  if (spec.kind === "stackedBar") {
    // A thin grey outline keeps the light status colours apart from each other and from the white background.
    const shape = `<c:spPr>${solid(s.colour)}<a:ln w="6350">${solid("808080")}</a:ln></c:spPr>`;
    return `<c:ser>${head}${shape}${val("invertIfNegative", 0)}${categories}${values}</c:ser>`;
  }
  const line = `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.colour)}<a:round/></a:ln></c:spPr>`;
  const marker = `<c:marker>${val("symbol", "circle")}${val("size", 6)}<c:spPr>${solid(s.colour)}<a:ln w="9525">${solid(s.colour)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${head}${line}${marker}${categories}${values}${val("smooth", 0)}</c:ser>`;
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

function axes(spec: ChartSpec): string {
  const bar = spec.kind === "stackedBar";
  // Khmer lines are about twice as tall: a bar's label gets a smaller size so that each fits beside its bar.
  const categorySize = bar && spec.lang === "km" ? 7.5 : 9;
  const axis = spec.valueAxis;
  const scaling = `<c:scaling>${val("orientation", "minMax")}${axis?.max !== undefined ? val("max", axis.max) : ""}${axis?.min !== undefined ? val("min", axis.min) : ""}</c:scaling>`;
  const category =
    `<c:catAx>${val("axId", CATEGORY_AXIS)}<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}${val("axPos", bar ? "l" : "b")}` +
    `${val("majorTickMark", "none")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${textProperties(spec.lang, categorySize)}` +
    `${val("crossAx", VALUE_AXIS)}${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}` +
    // Every goal or committee named, even where a reader would skip labels to save room (LibreOffice does).
    `${bar ? val("tickLblSkip", 1) : ""}${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const value =
    `<c:valAx>${val("axId", VALUE_AXIS)}${scaling}${val("delete", 0)}${val("axPos", bar ? "b" : "l")}` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(axis?.numberFormat ?? "General")}" sourceLinked="0"/>` +
    `${val("majorTickMark", "out")}${val("minorTickMark", "none")}${val("tickLblPos", "nextTo")}${textProperties(spec.lang, 9)}` +
    `${val("crossAx", CATEGORY_AXIS)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return category + value;
}

function plot(spec: ChartSpec): string {
  const all = spec.series.map((s, i) => series(spec, s, i)).join("");
  const ids = `${val("axId", CATEGORY_AXIS)}${val("axId", VALUE_AXIS)}`;
  if (spec.kind === "stackedBar") {
    return `<c:barChart>${val("barDir", "bar")}${val("grouping", "stacked")}${val("varyColors", 0)}${all}${val("gapWidth", 60)}${val("overlap", 100)}${ids}</c:barChart>`;
  }
  return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${all}${val("marker", 1)}${ids}</c:lineChart>`;
}

/** xl/charts/chartN.xml for one chart. */
export function chartPartXml(spec: ChartSpec): string {
  if (spec.series.length === 0) throw new Error(`chart ${spec.name} has no series`);
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `${val("date1904", 0)}<c:lang val="${LANGUAGE_TAG[spec.lang]}"/>${val("roundedCorners", 0)}` +
    `<c:chart>${title(spec)}${val("autoTitleDeleted", 0)}<c:plotArea><c:layout/>${plot(spec)}${axes(spec)}</c:plotArea>` +
    `<c:legend>${val("legendPos", "b")}${val("overlay", 0)}${textProperties(spec.lang, 9)}</c:legend>` +
    `${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="9525">${solid("BFBFBF")}</a:ln></c:spPr>` +
    `${textProperties(spec.lang, 10)}</c:chartSpace>`
  );
}

/** One chart of a drawing and the relationship (in the drawing's rels) that names its part. */
export interface AnchoredChart {
  readonly spec: ChartSpec;
  readonly relId: string;
}

const marker = (tag: "from" | "to", row: number, col: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * xl/drawings/drawingN.xml: each chart anchored to its cells (moving and sizing with them), from
 * the top-left corner of its first cell to the bottom-right corner of its last.
 */
export function drawingPartXml(charts: readonly AnchoredChart[]): string {
  const anchors = charts.map(({ spec, relId }, i) => {
    const { from, to } = spec.placement;
    return (
      `<xdr:twoCellAnchor>${marker("from", from.row, from.col)}${marker("to", to.row + 1, to.col + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(spec.name)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}
