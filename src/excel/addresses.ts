import { a1, columnLetters, parseA1 } from "../domain/entries/cells";

/** A block of cells, 0-based and inclusive. */
export interface Block {
  readonly row0: number;
  readonly col0: number;
  readonly row1: number;
  readonly col1: number;
}

/** "A1:C4" (a single cell prints as "A1"). */
export function blockAddress(b: Block): string {
  const first = a1(b.row0, b.col0);
  return b.row0 === b.row1 && b.col0 === b.col1 ? first : `${first}:${a1(b.row1, b.col1)}`;
}

/** The address without its sheet part: "'Status'!F4:G9" → "F4:G9". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * The blocks of an address as Excel reports it ("F4", "F4:H9", "Status!F4:H9", "F4:F5,H7" …).
 * Whole rows and columns ("4:9", "F:F") become blocks bounded by Excel's grid.
 */
export function parseBlocks(address: string): Block[] {
  return stripSheetAll(address)
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from, to = from] = part.replace(/\$/g, "").split(":") as [string, string?];
      const rows = /^(\d+)$/.exec(from) && /^(\d+)$/.exec(to);
      if (rows)
        return {
          row0: Number(from) - 1,
          col0: 0,
          row1: Number(to) - 1,
          col1: 16_383,
        };
      const cols = /^[A-Z]+$/i.test(from) && /^[A-Z]+$/i.test(to);
      if (cols)
        return {
          row0: 0,
          col0: parseA1(`${from}1`)!.col,
          row1: 1_048_575,
          col1: parseA1(`${to}1`)!.col,
        };
      const a = parseA1(from);
      const b = parseA1(to);
      if (!a || !b) throw new Error(`not an A1 address: ${address}`);
      return {
        row0: Math.min(a.row, b.row),
        col0: Math.min(a.col, b.col),
        row1: Math.max(a.row, b.row),
        col1: Math.max(a.col, b.col),
      };
    });
}

function stripSheetAll(address: string): string {
  return address
    .split(",")
    .map((p) => stripSheet(p.trim()))
    .join(",");
}

export { a1, columnLetters };
