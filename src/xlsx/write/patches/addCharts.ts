import type { ChartSpec } from "../../../domain/report/chartSpec";
import { parseRelationships, parseWorkbook } from "../../read/workbookParts";
import { chartPartXml, drawingPartXml, escapeXml } from "./chartParts";
import { patchZip, type ZipPackage } from "./zipPatch";

/**
 * Native charts in a workbook ExcelJS wrote. ExcelJS cannot write charts, so they are added to its
 * output afterwards, as Excel itself stores them:
 *
 *   xl/charts/chartN.xml                 one DrawingML chart part per chart (chartParts.ts)
 *   xl/drawings/drawingN.xml (+ .rels)   one drawing per sheet, anchoring its charts to cells
 *   xl/worksheets/_rels/sheetN.xml.rels  the sheet's relationship to its drawing
 *   <drawing r:id="…"/>                  in the sheet, where the schema puts it
 *   [Content_Types].xml                  an Override for each new part
 *
 * Every other part is left byte for byte as ExcelJS wrote it (zipPatch.ts). Used on the report the
 * task pane builds in memory (addCharts) and on the one the CLI streams to disk (zipFile.ts), and on
 * the trend workbook. A chart goes on the sheet that holds its categories.
 */

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const WORKBOOK = "xl/workbook.xml";

/** The parts to add or change so that `charts` appear in the package (empty when there are none). */
export function chartChanges(pkg: ZipPackage, charts: readonly ChartSpec[]): Map<string, string> {
  const changes = new Map<string, string>();
  if (charts.length === 0) return changes;
  const rels = parseRelationships(pkg.text("xl/_rels/workbook.xml.rels"), "xl");
  const { sheets } = parseWorkbook(pkg.text(WORKBOOK), rels);
  const next = (pattern: RegExp) => 1 + Math.max(0, ...pkg.names.map((n) => Number(pattern.exec(n)?.[1] ?? 0)));
  let drawingNumber = next(/^xl\/drawings\/drawing(\d+)\.xml$/);
  let chartNumber = next(/^xl\/charts\/chart(\d+)\.xml$/);
  const overrides: string[] = [];

  for (const [sheetName, onSheet] of groupBySheet(charts)) {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`charts: the workbook has no sheet "${sheetName}"`);
    const drawing = `xl/drawings/drawing${drawingNumber++}.xml`;
    const sheetRels = relsPartOf(sheet.part);
    const existing = pkg.has(sheetRels) ? pkg.text(sheetRels) : undefined;
    const drawingRelId = freeRelId(existing);
    changes.set(sheetRels, withRelationship(existing, drawingRelId, `${REL}/drawing`, `../drawings/${basename(drawing)}`));
    changes.set(sheet.part, withDrawingElement(pkg.text(sheet.part), drawingRelId, sheet.part));

    const anchored = onSheet.map((spec, i) => {
      const part = `xl/charts/chart${chartNumber++}.xml`;
      changes.set(part, chartPartXml(spec));
      overrides.push(override(part, CONTENT_TYPE.chart));
      return { spec, relId: `rId${i + 1}`, target: `../charts/${basename(part)}` };
    });
    changes.set(drawing, drawingPartXml(anchored));
    changes.set(relsPartOf(drawing), relationshipsXml(anchored.map((a) => ({ id: a.relId, type: `${REL}/chart`, target: a.target }))));
    overrides.push(override(drawing, CONTENT_TYPE.drawing));
  }
  const types = pkg.text("[Content_Types].xml");
  if (!types.includes("</Types>")) throw new Error("charts: [Content_Types].xml has no </Types>");
  changes.set("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return changes;
}

/** The workbook's bytes with `charts` added (browser-safe: the task pane's report). */
export function addCharts(bytes: Uint8Array, charts: readonly ChartSpec[]): Uint8Array {
  if (charts.length === 0) return bytes;
  return patchZip(bytes, (pkg) => chartChanges(pkg, charts));
}

function groupBySheet(charts: readonly ChartSpec[]): Map<string, ChartSpec[]> {
  const groups = new Map<string, ChartSpec[]>();
  for (const spec of charts) {
    const list = groups.get(spec.categories.sheet) ?? [];
    list.push(spec);
    groups.set(spec.categories.sheet, list);
  }
  return groups;
}

const basename = (part: string) => part.slice(part.lastIndexOf("/") + 1);
const override = (part: string, type: string) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;

/** "xl/worksheets/sheet2.xml" → "xl/worksheets/_rels/sheet2.xml.rels". */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function relationshipsXml(list: readonly { id: string; type: string; target: string }[]): string {
  const items = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}">${items}</Relationships>`;
}

function freeRelId(relsXml: string | undefined): string {
  const taken = new Set([...(relsXml ?? "").matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

function withRelationship(relsXml: string | undefined, id: string, type: string, target: string): string {
  if (relsXml === undefined) return relationshipsXml([{ id, type, target }]);
  if (!relsXml.includes("</Relationships>")) throw new Error("charts: a sheet's relationships part has no </Relationships>");
  return relsXml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`);
}

/** Children of <worksheet> the schema puts after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/**
 * The sheet's XML with <drawing r:id="…"/> among <worksheet>'s children in its schema place: before
 * the first child that must follow it, else last. Only the children after <sheetData> are scanned
 * (their text is escaped, so every "<" starts a tag): the rows, most of a sheet, are not parsed.
 */
function withDrawingElement(xml: string, relId: string, part: string): string {
  const closed = xml.indexOf("</sheetData>");
  const empty = xml.indexOf("<sheetData/>");
  if (closed < 0 && empty < 0) throw new Error(`charts: ${part} has no <sheetData>`);
  const tags = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*?(\/?)>/g;
  tags.lastIndex = closed >= 0 ? closed + "</sheetData>".length : empty + "<sheetData/>".length;
  let depth = 0; // 0: among <worksheet>'s children
  let at = -1;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      if (depth === 0) {
        at = m.index; // </worksheet>
        break;
      }
      depth--;
      continue;
    }
    if (depth === 0) {
      if (name === "drawing") throw new Error(`charts: ${part} already has a drawing`);
      if (AFTER_DRAWING.has(name!)) {
        at = m.index;
        break;
      }
    }
    if (!selfClosing) depth++;
  }
  if (at < 0) throw new Error(`charts: ${part} has no </worksheet>`);
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error(`charts: ${part} has no <worksheet>`);
  const element = `<drawing r:id="${relId}"/>`;
  let out = `${xml.slice(0, at)}${element}${xml.slice(at)}`;
  if (!/\sxmlns:r="/.test(root[0])) out = out.replace(root[0], root[0].replace("<worksheet", `<worksheet xmlns:r="${REL}"`));
  return out;
}
