import type { Lang } from "../../domain/text/lang";
import type { Quarter } from "../../domain/periods/periods";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "NDESC-report-2026-Q3-en.xlsx": sorts by quarter in a folder, and says which language it is in. */
export function reportFileName(quarter: Quarter, lang: Lang): string {
  return `NDESC-report-${quarter}-${lang}.xlsx`;
}

/** Saves bytes as a file through the browser's download (a Blob's object URL on a link). */
export function downloadFile(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_MIME }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
