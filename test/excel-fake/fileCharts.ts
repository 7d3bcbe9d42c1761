/**
 * The charts an .xlsx carries on its sheets (DrawingML: sheet → drawing → chart parts), read with the
 * project's guarded zip and XML reader, for the fake's insertWorksheetsFromBase64: on Windows and Mac
 * the inserted sheets bring their charts with them (OfficeDev/office-js#4667: a maintainer's video
 * shows a chart inserted along with its sheet); Excel on the web refuses such a file (insertSheets.ts).
 */
import { GuardedZip } from "../../src/xlsx/read/zip";
import { parseRelationships } from "../../src/xlsx/read/workbookParts";
import { attr, parseXml } from "../../src/xlsx/read/xml";

/** A chart as the file describes it: formulas as written ("'Summary'!$C$5"), cells 0-based. */
export interface FileChart {
  readonly name: string;
  /** Excel.ChartType of what the chart part draws. */
  readonly type: string;
  readonly title: string;
  readonly series: readonly { readonly name?: string; readonly values?: string; readonly fill?: string }[];
  readonly categories?: string;
  readonly legendPosition?: string;
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

const LEGEND: Readonly<Record<string, string>> = { b: "Bottom", t: "Top", l: "Left", r: "Right", tr: "Corner" };

function relsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/"));

/** Whether any sheet of the file has a chart (what Excel on the web refuses to insert). */
export function hasCharts(zip: GuardedZip): boolean {
  return zip.names().some((n) => /^xl\/charts\/chart[^/]*\.xml$/.test(n));
}

/** The charts on the sheet stored in `sheetPart`, in the drawing's order. */
export function chartsOfSheet(zip: GuardedZip, sheetPart: string): FileChart[] {
  const rels = zip.has(relsPart(sheetPart)) ? parseRelationships(zip.text(relsPart(sheetPart)), folderOf(sheetPart)) : new Map();
  const drawing = [...rels.values()].find((r) => r.type.endsWith("/drawing"))?.target;
  if (!drawing) return [];
  const drawingRels = parseRelationships(zip.text(relsPart(drawing)), folderOf(drawing));
  const anchors: { name: string; relId: string; from: number[]; to: number[] }[] = [];
  let current: { name: string; relId: string; from: number[]; to: number[] } | undefined;
  let marker: "from" | "to" | undefined;
  let field: string | undefined;
  let text = "";
  parseXml(zip.text(drawing), {
    open(name, attrs) {
      if (name === "twoCellAnchor") current = { name: "", relId: "", from: [], to: [] };
      else if (name === "from" || name === "to") marker = name;
      else if (marker && (name === "col" || name === "row")) {
        field = name;
        text = "";
      } else if (name === "cNvPr" && current) current.name = attrs.name ?? "";
      else if (name === "chart" && current) current.relId = attr(attrs, "id") ?? "";
    },
    text(t) {
      if (field) text += t;
    },
    close(name) {
      if (field && name === field && current && marker) {
        current[marker][field === "col" ? 0 : 1] = Number(text);
        field = undefined;
      } else if (name === "from" || name === "to") marker = undefined;
      else if (name === "twoCellAnchor" && current) {
        if (current.relId) anchors.push(current);
        current = undefined;
      }
    },
  });
  return anchors.map((a) => {
    const part = drawingRels.get(a.relId)?.target;
    if (!part) throw new Error(`fake: drawing ${drawing} names no chart part for ${a.relId}`);
    return { ...readChart(zip.text(part)), name: a.name, from: { col: a.from[0]!, row: a.from[1]! }, to: { col: a.to[0]!, row: a.to[1]! } };
  });
}

function readChart(xml: string): Omit<FileChart, "name" | "from" | "to"> {
  const path: string[] = [];
  let kind = "";
  let barDir = "";
  let grouping = "";
  let markers = false;
  let title = "";
  let legendPosition: string | undefined;
  let categories: string | undefined;
  const series: { name?: string; values?: string; fill?: string }[] = [];
  let formula = "";
  const inside = (name: string) => path.includes(name);
  parseXml(xml, {
    open(name, attrs) {
      path.push(name);
      if (name === "barChart" || name === "lineChart") kind = name;
      else if (name === "barDir") barDir = attrs.val ?? "";
      else if (name === "grouping") grouping = attrs.val ?? "";
      else if (name === "symbol" && attrs.val !== "none") markers = true;
      else if (name === "legendPos") legendPosition = LEGEND[attrs.val ?? ""];
      else if (name === "ser") series.push({});
      else if (name === "f") formula = "";
      else if (name === "srgbClr" && path.at(-3) === "spPr" && path.at(-4) === "ser") series[series.length - 1]!.fill = `#${(attrs.val ?? "").toUpperCase()}`;
    },
    text(t) {
      if (path.at(-1) === "f") formula += t;
      else if (path.at(-1) === "t" && inside("title")) title += t;
    },
    close(name) {
      if (name === "f") {
        const s = series[series.length - 1];
        if (inside("ser") && inside("tx") && s) s.name = formula;
        else if (inside("ser") && inside("val") && s) s.values = formula;
        else if (inside("ser") && inside("cat")) categories ??= formula;
      }
      path.pop();
    },
  });
  const type =
    kind === "lineChart"
      ? markers
        ? "LineMarkers"
        : "Line"
      : `${barDir === "bar" ? "Bar" : "Column"}${grouping === "stacked" ? "Stacked" : grouping === "percentStacked" ? "Stacked100" : "Clustered"}`;
  return { type, title, series, ...(categories ? { categories } : {}), ...(legendPosition ? { legendPosition } : {}) };
}
