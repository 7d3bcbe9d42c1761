import { cellRefOf, parseSheetXml, type SheetContext, type SheetData } from "./sheetReader";
import { SheetBuilder } from "./sheetBuilder";
import * as text from "./textDecode";
import { scanXml, type XmlSink, type XmlTag } from "./xmlScanner";

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { attrNumber, attrString, bytesAre, decodePart, decodeRaw, decodeText, findAttr } = text;

/** The scanner's texts are made from the bytes: nothing to detach them from. */
const asIs = (text: string): string => text;

/** Cell types by their `t` attribute, as interned strings (no string made per cell). */
const TYPES = ["s", "n", "str", "inlineStr", "b", "e", "d"];

function cellType(b: Uint8Array, attrs: Int32Array, k: number): string {
  if (k < 0) return "n";
  // An index loop: for…of allocates an iterator result per step in code the JIT has not reached yet.
  if (attrs[k + 4] === 0) for (let i = 0; i < TYPES.length; i++) if (bytesAre(b, attrs[k + 2]!, attrs[k + 3]!, TYPES[i]!)) return TYPES[i]!;
  return attrString(b, attrs, k)!;
}

// The row and column (0-based; the row -1 for "A0", as the reference reader reads it) of the last
// reference read by cellRefAt.
let refRow = 0;
let refCol = 0;

/** Reads the A1 reference in bytes[s, e) ("AB12", "$AB$12") into refRow / refCol; false when it is not one. */
function cellRefAt(b: Uint8Array, s: number, e: number): boolean {
  let i = s;
  if (b[i] === 0x24) i++;
  let col = 0;
  const colStart = i;
  for (; i < e; i++) {
    const c = b[i]! | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letters = i - colStart;
  if (letters < 1 || letters > 3) return false;
  if (b[i] === 0x24 && i < e) i++;
  let row = 0;
  const rowStart = i;
  for (; i < e; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  const digits = i - rowStart;
  if (digits < 1 || digits > 7) return false;
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** Scanner events into a SheetBuilder, as readSheetPart turns saxes events into it. */
class SheetSink implements XmlSink {
  constructor(private readonly sheet: SheetBuilder) {}

  open(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    const { attrs, attrCount } = tag;
    const c0 = b[s];
    if (len === 1) {
      if (c0 === 0x63) this.openCell(b, attrs, attrCount); // c
      else if (c0 === 0x76) this.sheet.openValue(); // v
      else if (c0 === 0x66) this.sheet.openFormula(); // f
    } else if (len === 3) {
      if (c0 === 0x72 && b[s + 1] === 0x6f && b[s + 2] === 0x77) this.sheet.openRow(attrNumber(b, attrs, findAttr(b, attrs, attrCount, "r"))); // row
    } else if (len === 2) {
      if (c0 === 0x69 && b[s + 1] === 0x73) this.sheet.openInline(); // is
    } else if (len === 9 && bytesAre(b, s, tag.nameEnd, "mergeCell")) {
      this.sheet.merge(attrString(b, attrs, findAttr(b, attrs, attrCount, "ref")));
    }
  }

  private openCell(b: Uint8Array, attrs: Int32Array, count: number): void {
    let r = -1;
    let t = -1;
    let st = -1;
    for (let k = 0; k < count * 5; k += 5) {
      const ns = attrs[k]!;
      if (attrs[k + 1]! - ns !== 1) continue;
      const c = b[ns];
      if (c === 0x72) r = k;
      else if (c === 0x74) t = k;
      else if (c === 0x73) st = k;
    }
    let hasRef = false;
    if (r >= 0) {
      if (attrs[r + 4] === 0) hasRef = cellRefAt(b, attrs[r + 2]!, attrs[r + 3]!);
      else {
        const at = cellRefOf(attrString(b, attrs, r)!);
        if (at) [hasRef, refRow, refCol] = [true, at[0], at[1]];
      }
    }
    const style = st < 0 ? 0 : attrNumber(b, attrs, st);
    this.sheet.openCell(hasRef, refRow, refCol, cellType(b, attrs, t), style);
  }

  close(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    if (len === 1) {
      const c0 = b[s];
      if (c0 === 0x76) this.sheet.closeValue();
      else if (c0 === 0x66) this.sheet.closeFormula();
      else if (c0 === 0x63) this.sheet.closeCell();
    } else if (len === 2 && b[s] === 0x69 && b[s + 1] === 0x73) this.sheet.closeInline();
  }

  text(b: Uint8Array, start: number, end: number, flags: number): void {
    if (this.sheet.wantsText) this.sheet.text(decodeText(b, start, end, flags));
  }

  cdata(b: Uint8Array, start: number, end: number, flags: number): void {
    // saxes reports an empty CDATA section too: the same empty text, kept or not.
    if (this.sheet.wantsText) this.sheet.text(decodeRaw(b, start, end, flags));
  }
}

/**
 * One sheet part's inflated bytes into cells, by the byte scanner; a part outside what the scanner
 * checks (or not well-formed) goes through saxes, which gives the reference result or error.
 */
export function scanSheet(ctx: SheetContext, bytes: Uint8Array): SheetData {
  const sheet = new SheetBuilder(ctx, asIs);
  if (scanXml(bytes, new SheetSink(sheet))) return sheet.result();
  return parseSheetXml(ctx, decodePart(bytes));
}
