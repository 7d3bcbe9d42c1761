import type { NumberFormatClass } from "../../domain/entries/cells";
import { WorkbookReadError } from "./errors";
import { DEFAULT_ZIP_LIMITS, GuardedZip, type ZipLimits } from "./zip";
import { DEFAULT_SHEET_LIMITS, listedStrings, readSheetPart, type SharedStrings, type SheetData, type SheetLimits } from "./sheetReader";
import type { InflateRaw } from "./inflate";
import { scanSharedStrings } from "./sharedStringsScan";
import { scanSheet } from "./sheetScan";
import { scanStyles } from "./stylesScan";
import { parseRelationships, parseSharedStrings, parseStyles, parseWorkbook, type SheetInfo } from "./workbookParts";

export interface WorkbookReader {
  readonly file: string;
  readonly sheets: readonly SheetInfo[];
  /** Workbook-scoped defined names and their formula text (e.g. `"2026-Q3"` with quotes). */
  readonly definedNames: ReadonlyMap<string, string>;
  readonly date1904: boolean;
  /** Reads one sheet by name; only the sheets asked for are ever inflated. */
  readSheet(name: string, limits?: Partial<SheetLimits>): SheetData;
}

const fail = (code: ConstructorParameters<typeof WorkbookReadError>[0], file: string, en: string, km: string) =>
  new WorkbookReadError(code, file, { en, km });

/** Says what a non-zip file most likely is, so the user knows what to do with it. */
function refuseNonZip(bytes: Uint8Array, file: string): never {
  if (bytes.length === 0) throw fail("empty", file, "the file is empty", "ឯកសារទទេ");
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw fail(
      "legacy-or-encrypted",
      file,
      "this is an old .xls workbook or a password-protected one: open it in Excel and save it as an unprotected .xlsx",
      "នេះជាឯកសារ .xls ចាស់ ឬមានពាក្យសម្ងាត់៖ សូមរក្សាទុកជា .xlsx",
    );
  }
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  const kind = head.startsWith("<!doctype html") || head.startsWith("<html") ? "an HTML page" : head.startsWith("<?xml") ? "an XML file" : "a text or CSV file";
  throw fail("not-xlsx", file, `not an Excel .xlsx workbook (it looks like ${kind})`, "មិនមែនជាសៀវភៅការងារ Excel .xlsx");
}

export interface ReadOptions {
  readonly zipLimits?: ZipLimits;
  /** How parts are inflated: fflate unless given (the CLI gives Node's zlib, read/nodeInflate.ts). */
  readonly inflate?: InflateRaw;
  /**
   * "scan" (the default): whole parts inflated, then the byte scanner (read/xmlScanner.ts) for sheets
   * and shared strings. "sax": the reference reader — parts streamed through fflate into saxes —
   * which the tests hold the scanner to.
   */
  readonly xml?: "scan" | "sax";
}

export function openWorkbook(bytes: Uint8Array, file: string, options: ReadOptions = {}): WorkbookReader {
  try {
    return open(bytes, file, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fail("corrupt", file, `the workbook structure is damaged (${(e as Error).message})`, "រចនាសម្ព័ន្ធសៀវភៅការងារខូច");
  }
}

function open(bytes: Uint8Array, file: string, options: ReadOptions): WorkbookReader {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuseNonZip(bytes, file);
  const scan = options.xml !== "sax";
  const zip = new GuardedZip(bytes, file, options.zipLimits ?? DEFAULT_ZIP_LIMITS, options.inflate);
  // The small parts (relationships, workbook, styles): bytes to the scanner, or text to saxes.
  const text = scan ? (part: string): string | Uint8Array => zip.read(part) : (part: string): string | Uint8Array => zip.text(part);
  const rootRels = zip.has("_rels/.rels") ? parseRelationships(text("_rels/.rels"), "") : new Map();
  const officeDoc = [...rootRels.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (!zip.has(officeDoc)) {
    throw fail("not-xlsx", file, "a zip file, but not an Excel workbook (no workbook part)", "ជាឯកសារ zip ប៉ុន្តែមិនមែនជាសៀវភៅការងារ Excel");
  }
  const folder = officeDoc.includes("/") ? officeDoc.slice(0, officeDoc.lastIndexOf("/")) : "";
  const relsPart = `${folder ? `${folder}/` : ""}_rels/${officeDoc.slice(folder ? folder.length + 1 : 0)}.rels`;
  const rels = zip.has(relsPart) ? parseRelationships(text(relsPart), folder) : new Map();
  const { sheets, definedNames, date1904 } = parseWorkbook(text(officeDoc), rels);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

  let shared: SharedStrings | undefined;
  let styles: NumberFormatClass[] | undefined;
  const sharedPart = byType("/sharedStrings");
  const stylesPart = byType("/styles");

  return {
    file,
    sheets,
    definedNames,
    date1904,
    readSheet(name, limits) {
      const info = sheets.find((s) => s.name === name);
      if (!info) throw fail("missing-sheet", file, `sheet "${name}" is missing`, `បាត់សន្លឹក "${name}"`);
      if (!zip.has(info.part)) throw fail("missing-part", file, `sheet "${name}" has no data part`, `សន្លឹក "${name}" គ្មានទិន្នន័យ`);
      if (!scan) {
        shared ??= listedStrings(sharedPart && zip.has(sharedPart) ? parseSharedStrings(zip.text(sharedPart)) : []);
        styles ??= stylesPart && zip.has(stylesPart) ? parseStyles(zip.text(stylesPart)) : [];
        return readSheetPart({ zip, sheetName: name, part: info.part, sharedStrings: shared, styles, limits: { ...DEFAULT_SHEET_LIMITS, ...limits } });
      }
      try {
        shared ??= sharedPart && zip.has(sharedPart) ? scanSharedStrings(zip.read(sharedPart), file) : listedStrings([]);
        styles ??= stylesPart && zip.has(stylesPart) ? scanStyles(zip.read(stylesPart)) : [];
        const ctx = { zip, sheetName: name, part: info.part, sharedStrings: shared, styles, limits: { ...DEFAULT_SHEET_LIMITS, ...limits } };
        return scanSheet(ctx, zip.read(info.part));
      } catch (e) {
        if (e instanceof WorkbookReadError) throw e;
        // (The reference reader lets a parse error of the styles escape as it is; this one names the file.)
        throw fail("corrupt", file, `the workbook is damaged (${(e as Error).message})`, "សៀវភៅការងារខូច");
      }
    },
  };
}
