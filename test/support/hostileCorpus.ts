/**
 * Hostile and odd files, each with what reading it must give: the CLI's budgets test
 * (test/cli/hostile.test.ts) and the readers' parity test (test/xlsx/readerParity.test.ts) share them.
 */
import { once } from "node:events";
import { createDeflateRaw } from "node:zlib";
import { strToU8 } from "fflate";
import { headerRow } from "../../src/domain/statusSheet/columns";
import { rawZip } from "./rawZip";
import { goodRow, statusBook } from "./statusBook";
import { rowXml, sheetXml } from "./xlsxBuilder";

/** ~1 MB of deflate that inflates to `total` bytes of zeros, made in a stream (never 1 GB in memory). */
async function zeroBomb(total: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const zero = Buffer.alloc(1 << 20);
  for (let done = 0; done < total; done += zero.length) if (!deflate.write(zero)) await once(deflate, "drain");
  deflate.end();
  await once(deflate, "end");
  return Buffer.concat(chunks);
}

const good = statusBook({ rows: [goodRow(0), goodRow(1)] });

export type Expect = { error: RegExp } | { issues: (issues: { rule: string; cell: string | null }[]) => void };

export const HOSTILE_CASES: [string, () => Promise<Uint8Array> | Uint8Array, Expect][] = [
  ["truncated zip", () => good.subarray(0, good.length >> 1), { error: /truncated or damaged/ }],
  [
    "corrupt deflate",
    () => {
      const b = new Uint8Array(good);
      const at = Buffer.from(b).indexOf("xl/worksheets/sheet1.xml") + 40;
      b.fill(0xff, at, at + 16);
      return b;
    },
    { error: /damaged|not valid XML/ },
  ],
  ["empty file", () => new Uint8Array(0), { error: /the file is empty/ }],
  ["CSV renamed to .xlsx", () => strToU8("Measure ID,Status\nG4-01,On track\n"), { error: /not an Excel \.xlsx workbook \(it looks like a text or CSV file\)/ }],
  ["HTML renamed to .xlsx", () => strToU8("<!DOCTYPE html><html><table><tr><td>x</td></tr></table></html>"), { error: /HTML page/ }],
  [".xls renamed to .xlsx", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), { error: /old \.xls workbook or a password-protected one/ }],
  [
    "1 MB that inflates to 1 GB",
    async () => rawZip([{ name: "xl/workbook.xml", data: await zeroBomb(1 << 30), method: 8, declaredSize: 1000 }]),
    { error: /inflates beyond the size limit/ },
  ],
  [
    "whole-sheet data validation",
    () => statusBook({ rows: [goodRow()], statusXml: (rows) => sheetXml(rows, `<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`) }),
    { issues: (issues) => expect(issues).toEqual([]) },
  ],
  [
    "a million rows",
    () => statusBook({ statusXml: (rows) => sheetXml(rows + Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}"><v>1</v></c></row>`).join("")) }),
    { error: /far too large sheet|more than 20000 rows/ },
  ],
  ["a sheet part with an unusual name", () => statusBook({ rows: [goodRow()], part: "xl/worksheets/status-data.xml" }), { issues: (issues) => expect(issues).toEqual([]) }],
  [
    "cells without r= attributes",
    () => statusBook({ statusXml: () => sheetXml(rowXml(1, ["title"]) + `<row r="3">${headerRow("en").map(noRef).join("")}</row><row>${goodRow().map(noRef).join("")}</row>`) }),
    { issues: (issues) => expect(issues).toEqual([]) },
  ],
  [
    "formulas with cached 0 and error results",
    () =>
      statusBook({
        statusXml: (rows) =>
          sheetXml(`${rows}<row r="4">${goodRow().slice(0, 6).map(noRef).join("")}<c r="G4"><f>1-1</f><v>0</v></c><c r="J4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`),
      }),
    { issues: (issues) => expect(issues.map((i) => `${i.rule}@${i.cell}`).sort()).toEqual(["text.formula@G4", "text.formula@J4"]) },
  ],
  [
    "merged cells",
    () => statusBook({ rows: [goodRow(0), goodRow(1)], statusXml: (rows) => sheetXml(rows, `<mergeCells count="1"><mergeCell ref="J4:J5"/></mergeCells>`) }),
    { issues: (issues) => expect(issues).toEqual([]) },
  ],
];

/** A cell with no r= attribute: its place is implied by its order in the row. */
function noRef(v: string | number | null): string {
  if (v === null) return "<c/>";
  return typeof v === "number" ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${v}</t></is></c>`;
}

