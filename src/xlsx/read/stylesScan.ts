import type { NumberFormatClass } from "../../domain/entries/cells";
import * as text from "./textDecode";
import { parseStyles, xfClass } from "./workbookParts";
import { scanXml, type XmlSink, type XmlTag } from "./xmlScanner";

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { attrNumber, attrString, bytesAre, decodePart, findAttr } = text;

/**
 * Scanner events into the number-format classes, as parseStyles turns named events into them: a
 * name and an attribute object for every tag of the part (fonts, fills, borders …) cost more than
 * the scan, and only `numFmt` and the `xf` of `cellXfs` matter.
 */
class StylesSink implements XmlSink {
  readonly custom = new Map<number, string>();
  readonly classes: NumberFormatClass[] = [];
  private inCellXfs = false;

  open(b: Uint8Array, tag: XmlTag): void {
    const { localStart: s, nameEnd: e, attrs, attrCount } = tag;
    if (bytesAre(b, s, e, "numFmt")) {
      this.custom.set(attrNumber(b, attrs, findAttr(b, attrs, attrCount, "numFmtId")), attrString(b, attrs, findAttr(b, attrs, attrCount, "formatCode")) ?? "");
    } else if (bytesAre(b, s, e, "cellXfs")) this.inCellXfs = true;
    else if (this.inCellXfs && bytesAre(b, s, e, "xf")) {
      const k = findAttr(b, attrs, attrCount, "numFmtId");
      this.classes.push(xfClass(this.custom, k < 0 ? 0 : attrNumber(b, attrs, k)));
    }
  }

  close(b: Uint8Array, tag: XmlTag): void {
    if (bytesAre(b, tag.localStart, tag.nameEnd, "cellXfs")) this.inCellXfs = false;
  }

  text(): void {}
  cdata(): void {}
}

/** The styles part's inflated bytes, by the byte scanner; through saxes (parseStyles) when it is outside what the scanner checks. */
export function scanStyles(bytes: Uint8Array): NumberFormatClass[] {
  const sink = new StylesSink();
  return scanXml(bytes, sink) ? sink.classes : parseStyles(decodePart(bytes));
}
