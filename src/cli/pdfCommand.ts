import { resolve } from "node:path";
import { pick, type Lang } from "../domain/text/lang";
import { openWorkbook } from "../xlsx/read/openWorkbook";
import { readBytes } from "./files";
import { PdfError, convertToPdf, locateLibreOffice } from "./libreOffice";
import { missingFontWarnings } from "./pdfFonts";
import { PDF_TEXT, pdfText } from "./pdfText";
import { EXIT, readErrorLine, type Io } from "./output";
import { readyOutputFile } from "./outputFile";

export interface PdfCliOptions {
  readonly out?: string;
  readonly lang: Lang;
}

/** REPORT.xlsx → REPORT.pdf, beside it. */
export function pdfPathFor(xlsx: string): string {
  return `${xlsx.replace(/\.xlsx$/i, "")}.pdf`;
}

/** LibreOffice's soffice, or undefined after saying (one line) what to install. */
export function libreOfficeOrSay(command: string, lang: Lang, io: Io): string | undefined {
  const located = locateLibreOffice();
  if ("soffice" in located) return located.soffice;
  io.err(`${command}: ${pick(located.missing, lang)}`);
  return undefined;
}

/** `pdf`: a report workbook (or any workbook) printed to PDF by LibreOffice, with the report's page setup. */
export async function runPdf(workbook: string, options: PdfCliOptions, io: Io): Promise<number> {
  const soffice = libreOfficeOrSay("pdf", options.lang, io);
  if (!soffice) return EXIT.usage;
  // LibreOffice would print a text or HTML file too: only a workbook our reader opens goes to it.
  try {
    openWorkbook(readBytes(workbook), workbook);
  } catch (e) {
    io.err(readErrorLine(e, workbook));
    return EXIT.usage;
  }
  const pdf = options.out ?? pdfPathFor(workbook);
  if (!readyOutputFile(pdf, "--out", "pdf", io)) return EXIT.usage;
  return printToPdf(soffice, workbook, pdf, options.lang, io);
}

/** Converts, says where the PDF is (stdout) or why there is none (stderr); exit 0 or 2. */
export async function printToPdf(soffice: string, xlsx: string, pdf: string, lang: Lang, io: Io): Promise<number> {
  if (resolve(pdf) === resolve(xlsx)) {
    io.err(`${pdf}: error: ${pick(PDF_TEXT.sameFile, lang)}`);
    return EXIT.usage;
  }
  for (const warning of missingFontWarnings()) io.err(`${xlsx}: ${pick(warning, lang)}`);
  try {
    await convertToPdf(soffice, xlsx, pdf);
  } catch (e) {
    if (!(e instanceof PdfError)) throw e;
    io.err(`${xlsx}: error: ${pick(e.reason, lang)}`);
    return EXIT.usage;
  }
  io.out(pick(pdfText(PDF_TEXT.written, { pdf }), lang));
  return EXIT.ok;
}
