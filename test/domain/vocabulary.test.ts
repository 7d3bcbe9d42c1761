import fc from "fast-check";
import { parseStatus, statusLabel, STATUS_CODES } from "../../src/domain/entries/status";
import { parseCommittee, COMMITTEES } from "../../src/domain/catalogue/committees";
import { asciiToKhmerDigits, khmerToAsciiDigits, normaliseText } from "../../src/domain/text/normalise";
import { asMeasureId } from "../../src/domain/ids";

describe("status vocabulary", () => {
  test.each([
    ["On track", "on-track"],
    ["  on   TRACK ", "on-track"],
    ["at risk", "at-risk"],
    ["Delayed", "delayed"],
    ["បានបញ្ចប់", "completed"],
    ["មាន\u200bហានិភ័យ", "at-risk"],
    ["មិនទាន់ចាប់ផ្ដើម", "not-started"],
    ["completed", "completed"],
    ["Discontinued", "discontinued"],
  ])("parses %j as %s", (raw, code) => {
    expect(parseStatus(raw)).toBe(code);
  });

  test.each(["", "Done", "ongoing", "On-track-ish"])("does not guess %j", (raw) => {
    expect(parseStatus(raw)).toBeUndefined();
  });

  test("every label round-trips in both languages", () => {
    for (const code of STATUS_CODES) {
      expect(parseStatus(statusLabel(code, "en"))).toBe(code);
      expect(parseStatus(statusLabel(code, "km"))).toBe(code);
    }
  });
});

describe("committees", () => {
  test.each([
    ["DGC", "DGC"],
    ["debc", "DEBC"],
    ["Digital Security Committee", "DSC"],
    ["គណៈកម្មាធិការរដ្ឋាភិបាលឌីជីថល", "DGC"],
    ["MPTC", undefined],
  ])("parses %j as %s", (raw, code) => {
    expect(parseCommittee(raw)).toBe(code);
  });

  test("has three committees with names in both languages", () => {
    expect(COMMITTEES.map((c) => c.code)).toEqual(["DGC", "DEBC", "DSC"]);
    for (const c of COMMITTEES) expect(c.name.km).toMatch(/[\u1780-\u17ff]/);
  });
});

describe("text normalisation", () => {
  test("Khmer digits both ways", () => {
    expect(khmerToAsciiDigits("៤៥%")).toBe("45%");
    expect(asciiToKhmerDigits("2026")).toBe("២០២៦");
  });
  test("strips zero-width spaces, NBSP and stray white space", () => {
    expect(normaliseText("\ufeff  a\u200bb\u00a0 c  ")).toBe("ab c");
  });
  // Worked out by hand: invisibles (U+200B-U+200D, U+2060, U+FEFF) go, NBSP and every other white
  // space become one space, runs of white space one space, ends trimmed, NFC composes e + U+0301.
  // ASCII texts near the shortcut's edge (already normal, or white space the shortcut must not pass).
  test.each([
    ["", ""],
    ["a", "a"],
    ["G1-01", "G1-01"],
    ["On track", "On track"],
    ["=+@-", "=+@-"],
    ["a\u007f", "a\u007f"],
    ["a\u001fb", "a\u001fb"],
    [" ", ""],
    [" a", "a"],
    ["a ", "a"],
    ["a  b", "a b"],
    ["a\tb", "a b"],
    ["a\nb", "a b"],
    ["a\r\nb", "a b"],
    ["a\u000bb\u000cc", "a b c"],
    ["\t\n", ""],
    ["a \t b", "a b"],
    ["a\u00a0b", "a b"],
    ["a\u3000b", "a b"],
    ["a\u200bb", "ab"],
    ["\u200b a \u200b", "a"],
    ["e\u0301", "\u00e9"],
    ["ក\u200bខ", "កខ"],
    ["a \u00a0 b", "a b"],
    ["a\u200b\u0301", "\u00e1"], // a zero-width space between a letter and its mark: composed in one pass
  ])("normalises %j to %j", (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  test("any text comes out normal: one space between words, no invisibles, nothing else dropped", () => {
    const chars = fc.constantFrom(..."ab Z09 -=+@\t\n\r\u000b\u000c\u001f\u007f\u00a0\u200bé\u0065\u0301ក\u3000");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join("")), (s) => {
        const out = normaliseText(s);
        expect(out).toMatch(/^(\S+( \S+)*)?$/);
        expect(out).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
        // Only white space and invisibles are dropped: the other characters stay, in order.
        expect(out.replace(/ /g, "").normalize("NFD")).toBe(s.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "").normalize("NFD"));
        // Normal text stays as it is: composed, and unchanged by a second pass.
        expect(out).toBe(out.normalize("NFC"));
        expect(normaliseText(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
  test.each([
    ["g1-01", "G1-01"],
    [" 4.12 ", "4.12"],
    ["", undefined],
    ["G1 01", undefined],
    ["-1", undefined],
  ])("measure id %j → %s", (raw, id) => {
    expect(asMeasureId(raw)).toBe(id);
  });
});
