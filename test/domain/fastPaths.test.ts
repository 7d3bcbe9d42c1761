import fc from "fast-check";
import { labelKey, normaliseText, slowNormalise } from "../../src/domain/text/normalise";
import { looksLikeFormula, parseText } from "../../src/domain/entries/entryParse";
import type { Cell } from "../../src/domain/entries/cells";
import { parseEntry } from "../../src/domain/statusSheet/statusRow";
import { stampInstant } from "../../src/domain/periods/stamp";

/*
 * The domain's fast paths and memos (ASCII check and memo in normaliseText, labelKey's memo, the
 * first-character test of looksLikeFormula, stampInstant's memo) must give what the plain code gives.
 */
const slowLabelKey = (s: string): string => slowNormalise(s).toLowerCase().replace(/\s+/g, "");
const slowLooksLikeFormula = (t: string): boolean => /^[=@]/.test(t) || /^[+-][^\s\d]/.test(t) || /^[+-]\d.*[()!|]/.test(t);

const CASES: readonly (readonly [string, string])[] = [
  ["plain ASCII", "On track"],
  ["empty", ""],
  ["single space", " "],
  ["leading space", " On track"],
  ["trailing space", "On track "],
  ["double space", "On  track"],
  ["tab", "On\ttrack"],
  ["line break", "line one\nline two"],
  ["CRLF", "a\r\nb"],
  ["form feed and vertical tab", "a\fb\vc"],
  ["control character", "a\u0001b"],
  ["DEL", "a\u007fb"],
  ["no-break space", "On\u00a0track"],
  ["zero-width space in Khmer", "ស្ថាន\u200bភាព"],
  ["Khmer status", "កំពុងដំណើរការ"],
  ["BOM", "\ufeffDGC"],
  ["word joiner", "a\u2060b"],
  ["decomposed accent", "cafe\u0301"],
  ["composition exclusion (NFC grows it)", "\u0958"],
  ["ideographic space", "a\u3000b"],
  ["Khmer digits", "៤៥%"],
  ["upper case label", "GOAL 1 Title"],
  ["lone surrogate", "a\ud800b"],
];

describe("normaliseText's fast path and memo", () => {
  test.each(CASES)("%s: same as the full path, first call and memoised", (_name, text) => {
    expect(normaliseText(text)).toBe(slowNormalise(text));
    expect(normaliseText(text)).toBe(slowNormalise(text));
    expect(labelKey(text)).toBe(slowLabelKey(text));
    expect(labelKey(text)).toBe(slowLabelKey(text));
  });

  test("any text, ASCII or not, long or short: same as the full path", () => {
    const texts = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: fc.constantFrom("a", "Z", " ", "\t", "\n", "\u00a0", "\u200b", "ក", "ា", "\u0301", "e", "1", "=", "-"), maxLength: 30 }),
      fc.string({ unit: fc.constantFrom("a", " ", "ក", "\u200b"), minLength: 500, maxLength: 700 }),
    );
    fc.assert(
      fc.property(texts, (text) => normaliseText(text) === slowNormalise(text) && labelKey(text) === slowLabelKey(text) && normaliseText(text) === slowNormalise(text)),
      { numRuns: 2000 },
    );
  });
});

describe("looksLikeFormula's first-character test", () => {
  test.each(["", "=SUM(A1)", "@x", "+a", "-a", "+1", "-1 (note)", "+855 12 345 678", "- bullet", "a=b", " =x", "+1|2", "45%"])("%j", (text) => {
    expect(looksLikeFormula(text)).toBe(slowLooksLikeFormula(text));
  });

  test("any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 12 }), (t) => looksLikeFormula(t) === slowLooksLikeFormula(t)), { numRuns: 2000 });
  });
});

describe("stampInstant's memo", () => {
  test.each([
    ["2026-10-06T09:00:00Z", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06T16:00:00+07:00", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06", Date.UTC(2026, 9, 6)],
    ["2026-02-30", undefined],
    ["not a stamp", undefined],
    ["", undefined],
  ] as const)("%j reads the same the first time and after", (raw, expected) => {
    expect(stampInstant(raw)).toBe(expected);
    expect(stampInstant(raw)).toBe(expected);
  });

  test("undefined is no instant", () => {
    expect(stampInstant(undefined)).toBeUndefined();
  });
});

describe("the text rules read the entry's texts", () => {
  // text.formula-like and text.length take these columns' text from parseEntry(row): it must be
  // exactly parseText of the cell, whatever the cell holds.
  const fields = { id: "rawId", achievements: "achievements", challenges: "challenges", nextSteps: "nextSteps", evidence: "evidence", officer: "officer" } as const;
  const values: readonly Cell[] = [
    { value: null },
    { value: "  =SUM(A1)\u200b " },
    { value: 45 },
    { value: true },
    { value: "ស្ថាន\u200bភាព  ល្អ" },
    { value: "x".repeat(2001) },
    { value: 3, formula: "1+2" },
    { value: null, error: "#DIV/0!" },
  ];
  test.each(values)("%j", (cell) => {
    for (const [column, field] of Object.entries(fields)) {
      const entry = parseEntry({ index: 0, cells: { [column]: cell } });
      expect(entry[field]).toBe(parseText(cell));
    }
  });
});
