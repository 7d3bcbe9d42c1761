/**
 * Cell-by-cell comparison of two report workbooks (the product's and the floor's): same sheet
 * names in the same order, same non-empty values. Styles, widths and heights are not compared.
 */
import { strFromU8 } from "fflate";
import { inflateParts, packageMap, parseSharedStrings, parseSheet } from "./xml";
import { colLetters } from "./reportContent";

type V = string | number | boolean;

export function readReportValues(bytes: Uint8Array): { name: string; cells: Map<string, V> }[] {
  const map = packageMap(bytes);
  const parts = inflateParts(bytes, new Set([...map.sheets.values(), ...(map.sharedStrings ? [map.sharedStrings] : [])]));
  const shared = map.sharedStrings && parts[map.sharedStrings] ? parseSharedStrings(strFromU8(parts[map.sharedStrings]!)) : [];
  return [...map.sheets].map(([name, part]) => {
    const cells = new Map<string, V>();
    parseSheet(strFromU8(parts[part]!), shared, [], (r, row) =>
      row.forEach((c, col) => {
        if (c && c.value !== null && c.value !== "") cells.set(`${colLetters(col)}${r + 1}`, c.value);
      }),
    );
    return { name, cells };
  });
}

/** Values that legitimately differ between two runs: the cover's "Generated" time line. */
const VOLATILE = /\((Phnom Penh time|ម៉ោងភ្នំពេញ)\)$/;

export interface ReportComparison {
  readonly sheets: number;
  readonly cells: number;
  readonly differences: string[];
}

export function compareReports(product: Uint8Array, floor: Uint8Array): ReportComparison {
  const a = readReportValues(product);
  const b = readReportValues(floor);
  const differences: string[] = [];
  if (a.map((s) => s.name).join("|") !== b.map((s) => s.name).join("|")) differences.push(`sheet names: ${a.map((s) => s.name).join(", ")} ≠ ${b.map((s) => s.name).join(", ")}`);
  let cells = 0;
  a.forEach((sa, i) => {
    const sb = b[i];
    if (!sb) return;
    for (const ref of new Set([...sa.cells.keys(), ...sb.cells.keys()])) {
      cells++;
      const va = sa.cells.get(ref);
      const vb = sb.cells.get(ref);
      if (va === vb) continue;
      if (typeof va === "number" && typeof vb === "number" && Math.abs(va - vb) < 1e-6) continue;
      if (typeof va === "string" && typeof vb === "string" && VOLATILE.test(va) && VOLATILE.test(vb)) continue;
      differences.push(`${sa.name}!${ref}: ${JSON.stringify(va)?.slice(0, 80)} ≠ ${JSON.stringify(vb)?.slice(0, 80)}`);
    }
  });
  return { sheets: a.length, cells, differences };
}
