/**
 * The floor's minimal xlsx reading: fflate's unzipSync inflates only the parts asked for, saxes
 * stream-parses them. No limits, no error wording: this is the cost of the bytes, not a product.
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { Cell, CellValue, NumberFormatClass } from "../../src/domain/entries/cells";

/** Inflates just the named parts (the central directory tells where they are). */
export function inflateParts(bytes: Uint8Array, names: ReadonlySet<string>): Record<string, Uint8Array> {
  return unzipSync(bytes, { filter: (f) => names.has(f.name) });
}

type Attrs = Record<string, string>;

/** One saxes pass over a whole part with only the three callbacks the floor needs. */
export function parse(xml: string, open: (name: string, attrs: Attrs) => void, text?: (t: string) => void, close?: (name: string) => void): void {
  const parser = new SaxesParser();
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag: SaxesTagPlain) => open(tag.name, tag.attributes as Attrs));
  if (text) parser.on("text", text);
  if (close) parser.on("closetag", (tag) => close(tag.name));
  parser.write(xml).close();
}

export interface PackageMap {
  /** Sheet name → part path. */
  readonly sheets: Map<string, string>;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

function target(base: string, t: string): string {
  if (t.startsWith("/")) return t.slice(1);
  const parts = base.split("/");
  for (const seg of t.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** workbook.xml + its rels: where the sheets, shared strings and styles are. */
export function packageMap(bytes: Uint8Array): PackageMap {
  const parts = inflateParts(bytes, new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]));
  const rels = new Map<string, { target: string; type: string }>();
  parse(strFromU8(parts["xl/_rels/workbook.xml.rels"]!), (name, a) => {
    if (name === "Relationship" && a.Id && a.Target) rels.set(a.Id, { target: target("xl", a.Target), type: a.Type ?? "" });
  });
  const sheets = new Map<string, string>();
  parse(strFromU8(parts["xl/workbook.xml"]!), (name, a) => {
    if (name === "sheet" && a.name) {
      const rel = rels.get(a["r:id"] ?? "");
      if (rel) sheets.set(a.name, rel.target);
    }
  });
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedStrings = byType("/sharedStrings");
  const styles = byType("/styles");
  return { sheets, ...(sharedStrings ? { sharedStrings } : {}), ...(styles ? { styles } : {}) };
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inT = false;
  let inPh = false;
  let current = "";
  parse(
    xml,
    (name) => {
      if (name === "si") current = "";
      else if (name === "t") inT = !inPh;
      else if (name === "rPh") inPh = true;
    },
    (t) => {
      if (inT) current += t;
    },
    (name) => {
      if (name === "t") inT = false;
      else if (name === "rPh") inPh = false;
      else if (name === "si") out.push(current);
    },
  );
  return out;
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function classify(code: string): NumberFormatClass {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  if (/[dmyhs]/i.test(bare) && !/[0#?]/.test(bare)) return "date";
  return "other";
}

/** Number-format class per cellXfs index. */
export function parseStyleClasses(xml: string): NumberFormatClass[] {
  const custom = new Map<number, string>();
  const out: NumberFormatClass[] = [];
  let inXfs = false;
  parse(
    xml,
    (name, a) => {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inXfs = true;
      else if (name === "xf" && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? classify(code) : BUILTIN_PERCENT.has(id) ? "percent" : BUILTIN_DATE.has(id) ? "date" : "other");
      }
    },
    undefined,
    (name) => {
      if (name === "cellXfs") inXfs = false;
    },
  );
  return out;
}

function colIndex(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

/**
 * Streams a sheet's cells row by row: `onRow(row0, cells)` with the row's cells by 0-based column
 * (the array is reused: copy what you keep). Values as the product reads them: shared strings
 * resolved, numbers as numbers, formulas as their cached value, the style's number-format class.
 */
export function parseSheet(xml: string, shared: readonly string[], styles: readonly NumberFormatClass[], onRow: (row: number, cells: (Cell | undefined)[]) => void): void {
  let row = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let value = "";
  let formula = "";
  let hasFormula = false;
  let inV = false;
  let inF = false;
  let inIs = false;
  let cells: (Cell | undefined)[] = [];
  parse(
    xml,
    (name, a) => {
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) - 1 : row + 1;
          col = -1;
          cells = [];
          break;
        case "c":
          col = a.r ? colIndex(a.r) : col + 1;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          value = "";
          formula = "";
          hasFormula = false;
          break;
        case "v":
          inV = true;
          break;
        case "f":
          inF = true;
          hasFormula = true;
          break;
        case "is":
          inIs = true;
          break;
      }
    },
    (t) => {
      if (inV || (inIs && !inF)) value += t;
      else if (inF) formula += t;
    },
    (name) => {
      switch (name) {
        case "v":
          inV = false;
          break;
        case "f":
          inF = false;
          break;
        case "is":
          inIs = false;
          break;
        case "c": {
          let v: CellValue = null;
          let error: string | undefined;
          if (type === "s") v = shared[Number(value)] ?? null;
          else if (type === "inlineStr" || type === "str") v = value;
          else if (type === "b") v = value === "1" || value === "true";
          else if (type === "e") error = value;
          else if (type === "d") v = value || null;
          else if (value !== "") {
            const n = Number(value);
            v = Number.isNaN(n) ? value : n;
          }
          if (v === null && error === undefined && !hasFormula) break;
          const format = type === "d" ? "date" : styles[style];
          const cell: { value: CellValue; formula?: string; error?: string; format?: NumberFormatClass } = { value: v };
          if (hasFormula) cell.formula = formula;
          if (error !== undefined) cell.error = error;
          if (format && format !== "other") cell.format = format;
          cells[col] = cell;
          break;
        }
        case "row":
          onRow(row, cells);
          break;
      }
    },
  );
}
