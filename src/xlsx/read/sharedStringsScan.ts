import { WorkbookReadError } from "./errors";
import { SharedStringsBuilder, parseSharedStrings } from "./workbookParts";
import * as text from "./textDecode";
import { scanXml, type XmlSink, type XmlTag } from "./xmlScanner";

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { decodePart, decodeRaw, decodeText } = text;

/** Scanner events into a SharedStringsBuilder, as parseSharedStrings turns saxes events into it. */
class SharedStringsSink implements XmlSink {
  constructor(private readonly shared: SharedStringsBuilder) {}

  open(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    if (len === 1) {
      if (b[s] === 0x74) this.shared.openText(); // t
    } else if (len === 2) {
      if (b[s] === 0x73 && b[s + 1] === 0x69) this.shared.openItem(); // si
    } else if (len === 3 && b[s] === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68) this.shared.openPhonetic(); // rPh
  }

  close(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    if (len === 1) {
      if (b[s] === 0x74) this.shared.closeText();
    } else if (len === 2) {
      if (b[s] === 0x73 && b[s + 1] === 0x69) this.shared.closeItem();
    } else if (len === 3 && b[s] === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68) this.shared.closePhonetic();
  }

  text(b: Uint8Array, start: number, end: number, flags: number): void {
    if (this.shared.wantsText) this.shared.text(decodeText(b, start, end, flags));
  }

  cdata(b: Uint8Array, start: number, end: number, flags: number): void {
    if (this.shared.wantsText) this.shared.text(decodeRaw(b, start, end, flags));
  }
}

/** The shared strings part's inflated bytes, by the byte scanner; through saxes when it is outside what the scanner checks. */
export function scanSharedStrings(bytes: Uint8Array, file: string): string[] {
  // The scanner's texts are made from the bytes: nothing to detach them from.
  const shared = new SharedStringsBuilder((text) => text);
  if (scanXml(bytes, new SharedStringsSink(shared))) return shared.strings;
  try {
    return parseSharedStrings(decodePart(bytes));
  } catch (e) {
    throw new WorkbookReadError("corrupt", file, { en: `the shared strings are not valid XML (${(e as Error).message})`, km: "ផ្នែកអត្ថបទរួមខូច" });
  }
}
