import { WorkbookReadError } from "./errors";
import { listedStrings, type SharedStrings } from "./sheetReader";
import { SharedStringsStates, parseSharedStrings } from "./workbookParts";
import * as text from "./textDecode";
import { scanXml, type XmlSink, type XmlTag } from "./xmlScanner";

// Local copies: under tsx (esbuild's CommonJS) every use of an imported binding is a getter call.
const { decodePart, decodeRaw, decodeText } = text;

/**
 * Scanner events into where each shared string's text lies in the part (SharedStringsStates says
 * which text belongs to one), decoded only when a cell asks for it: a status workbook's strings
 * are mostly its catalogue sheet's, which consolidation never reads.
 */
class SharedStringsSink implements XmlSink {
  /** Per text piece: start, end, the scanner's flags, and 1 for CDATA (taken raw). */
  readonly pieces: number[] = [];
  /** Per string: where its pieces start in `pieces`, and end. */
  readonly items: number[] = [];
  private readonly states = new SharedStringsStates();
  private firstPiece = 0;

  open(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    if (len === 1) {
      if (b[s] === 0x74) this.states.openText(); // t
    } else if (len === 2) {
      if (b[s] === 0x73 && b[s + 1] === 0x69) {
        // si
        this.states.openItem();
        this.firstPiece = this.pieces.length;
      }
    } else if (len === 3 && b[s] === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68) this.states.openPhonetic(); // rPh
  }

  close(b: Uint8Array, tag: XmlTag): void {
    const s = tag.localStart;
    const len = tag.nameEnd - s;
    if (len === 1) {
      if (b[s] === 0x74) this.states.closeText();
    } else if (len === 2) {
      if (b[s] === 0x73 && b[s + 1] === 0x69) {
        this.items.push(this.firstPiece, this.pieces.length);
        this.states.closeItem();
      }
    } else if (len === 3 && b[s] === 0x72 && b[s + 1] === 0x50 && b[s + 2] === 0x68) this.states.closePhonetic();
  }

  text(_b: Uint8Array, start: number, end: number, flags: number): void {
    if (this.states.wantsText) this.pieces.push(start, end, flags, 0);
  }

  cdata(_b: Uint8Array, start: number, end: number, flags: number): void {
    if (this.states.wantsText) this.pieces.push(start, end, flags, 1);
  }
}

/** The strings of a scanned part, each decoded from its bytes the first time it is asked for. */
class ScannedSharedStrings implements SharedStrings {
  private readonly decoded: (string | undefined)[] = [];
  constructor(
    private readonly bytes: Uint8Array,
    private readonly sink: SharedStringsSink,
  ) {}

  get(index: number): string | undefined {
    const { items, pieces } = this.sink;
    // As a string[] indexed with the number would answer: only whole indexes within it.
    if (!Number.isInteger(index) || index < 0 || index >= items.length / 2) return undefined;
    const known = this.decoded[index];
    if (known !== undefined) return known;
    let out = "";
    for (let at = items[2 * index]!; at < items[2 * index + 1]!; at += 4) {
      out += pieces[at + 3] ? decodeRaw(this.bytes, pieces[at]!, pieces[at + 1]!, pieces[at + 2]!) : decodeText(this.bytes, pieces[at]!, pieces[at + 1]!, pieces[at + 2]!);
    }
    this.decoded[index] = out;
    return out;
  }
}

/** The shared strings part's inflated bytes, by the byte scanner; through saxes when it is outside what the scanner checks. */
export function scanSharedStrings(bytes: Uint8Array, file: string): SharedStrings {
  const sink = new SharedStringsSink();
  if (scanXml(bytes, sink)) return new ScannedSharedStrings(bytes, sink);
  try {
    return listedStrings(parseSharedStrings(decodePart(bytes)));
  } catch (e) {
    throw new WorkbookReadError("corrupt", file, { en: `the shared strings are not valid XML (${(e as Error).message})`, km: "ផ្នែកអត្ថបទរួមខូច" });
  }
}
