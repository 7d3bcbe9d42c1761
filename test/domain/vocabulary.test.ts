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
  test("the plain-ASCII shortcut gives what the full normalisation gives", () => {
    const full = (s: string) => s.normalize("NFC").replace(/[\u200b-\u200d\u2060\ufeff]/g, "").replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
    const chars = fc.constantFrom(..."ab Z09 -=+@\t\n\r\u000b\u000c\u001f\u007f\u00a0\u200bé\u0065\u0301ក\u3000");
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join("")), (s) => expect(normaliseText(s)).toBe(full(s))), { numRuns: 2000 });
    for (const s of ["", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "G1-01", "On track"]) expect(normaliseText(s)).toBe(full(s));
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
