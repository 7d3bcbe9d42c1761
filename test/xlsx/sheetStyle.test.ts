import type { Lang } from "../../src/domain/text/lang";
import { seededRandom } from "../../src/domain/seededRandom";
import { KHMER, lineCount, textUnits } from "../../src/xlsx/write/sheetStyle";

/**
 * lineCount as it was written with split() (before it walked the text by index): the report's row
 * heights must not move, so the index version has to agree with this one on every text.
 */
function lineCountBySplit(text: string, widthUnits: number, fontSize: number, lang: Lang, bold = false): number {
  const scale = fontSize / 11;
  const space = textUnits(" ", lang, bold);
  let total = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    const khmer = KHMER.test(paragraph);
    const usable = (Math.max(1, widthUnits - 1) / scale) * (khmer ? 0.92 : 1);
    if (paragraph.length * 2 <= usable) {
      total += 1;
      continue;
    }
    let lines = 1;
    let x = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textUnits(word, lang, bold);
      const gap = x > 0 ? space : 0;
      if (x + gap + w <= usable) {
        x += gap + w;
        continue;
      }
      if (KHMER.test(word)) {
        x += gap + w;
      } else {
        if (x > 0) lines++;
        x = w;
      }
      while (x > usable) {
        lines++;
        x -= usable;
      }
    }
    total += lines;
  }
  return total;
}

// Latin, Khmer (with the coeng and marks), Khmer symbols, every kind of white space `\s` matches,
// line breaks, surrogate pairs and lone surrogates.
const PIECES = [
  "a", "W", "Evidence", "https://example.org/docs/report-2026-q3.pdf", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "\r\r\n", "\n\n",
  "\u00a0", "\u1680", "\u2003", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\v", "\f", "\u200b",
  "ក", "ក្រសួង", "ការអនុវត្ត", "\u17d2", "\u17b6", "\u17c7", "\u17e2\u17e0\u17e2\u17e6", "\u19e0", "—", "“", "😀", "\ud83d", "\ude00", "é",
];

function randomText(random: () => number): string {
  const n = Math.floor(random() * 60);
  let s = "";
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return random() < 0.2 ? s.repeat(1 + Math.floor(random() * 6)) : s;
}

describe("lineCount", () => {
  it("counts the same lines as splitting into paragraphs and words, for any text", () => {
    const random = seededRandom(20261122);
    const differ: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(random);
      const width = [1, 2, 6, 8, 13, 14, 20, 40, 62, 90][Math.floor(random() * 10)]!;
      const size = [8, 10, 11, 14][Math.floor(random() * 4)]!;
      const lang: Lang = random() < 0.5 ? "en" : "km";
      const bold = random() < 0.3;
      const got = lineCount(text, width, size, lang, bold);
      const want = lineCountBySplit(text, width, size, lang, bold);
      if (got !== want) differ.push(`${JSON.stringify(text)} at ${width}/${size}/${lang}/${bold}: ${got} ≠ ${want}`);
    }
    expect(differ).toEqual([]);
  });

  it("wraps a long paragraph and keeps each line break", () => {
    expect(lineCount("short", 20, 11, "en")).toBe(1);
    expect(lineCount("one\ntwo\r\nthree", 20, 11, "en")).toBe(3);
    expect(lineCount("word ".repeat(40).trim(), 20, 11, "en")).toBeGreaterThan(5);
  });
});
