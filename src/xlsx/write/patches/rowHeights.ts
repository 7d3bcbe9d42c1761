import { patchZip } from "./zipPatch";

/**
 * ExcelJS marks every row with a height as customHeight="1", and Excel never re-fits such a row.
 * The status table's rows get an estimated height (LibreOffice and print use it as written) without
 * the flag, so Excel still grows a row when an official types a longer text into it. ExcelJS has no
 * option for this: the sheet part is rewritten after it is written. When ExcelJS stops writing rows
 * the way this expects, it throws instead of silently leaving every row fixed.
 */
export function releaseRowHeights(bytes: Uint8Array, part: string, rows: { from: number; to: number }): Uint8Array {
  return patchZip(bytes, (pkg) => {
    if (!pkg.has(part)) throw new Error(`releaseRowHeights: ${part} is missing from ExcelJS's output`);
    let released = 0;
    const text = pkg.text(part).replace(/<row r="(\d+)" ht="([0-9.]+)" customHeight="1"/g, (whole, r: string, ht: string) => {
      const n = Number(r);
      if (n < rows.from || n > rows.to) return whole;
      released++;
      return `<row r="${r}" ht="${ht}"`;
    });
    const expected = rows.to - rows.from + 1;
    if (released !== expected) {
      throw new Error(`releaseRowHeights: ExcelJS's row markup changed (${released} of rows ${rows.from}-${rows.to} matched <row r ht customHeight="1">)`);
    }
    // JSZip's folder entries ("xl/") are not parts; Office never writes them.
    return new Map<string, string | null>([[part, text], ...pkg.names.filter((n) => n.endsWith("/")).map((n): [string, null] => [n, null])]);
  });
}
