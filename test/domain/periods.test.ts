import { formatQuarter, nextQuarter, parseQuarter, previousQuarter, quarterOf, quarterRange, allQuarters, type Quarter } from "../../src/domain/periods/periods";

describe("parseQuarter", () => {
  test.each([
    ["2026-Q3", "2026-Q3"],
    ["2026 q3", "2026-Q3"],
    ["Q1 2027", "2027-Q1"],
    ["2026Q4", "2026-Q4"],
    ["២០២៦-Q២", "2026-Q2"],
    ["ត្រីមាសទី៣ ឆ្នាំ២០២៦", "2026-Q3"],
    [" 2021-Q1\u200b", "2021-Q1"],
  ])("accepts %j as %s", (raw, expected) => {
    expect(parseQuarter(raw)).toBe(expected);
  });

  test.each(["2026-Q5", "2026-Q0", "2020-Q4", "2036-Q1", "Q3", "2026", "", "2026-Q3x"])("rejects %j", (raw) => {
    expect(parseQuarter(raw)).toBeUndefined();
  });
});

describe("quarter arithmetic", () => {
  const q = (s: string) => s as Quarter;
  test.each([
    ["2026-Q1", "2025-Q4", "2026-Q2"],
    ["2026-Q4", "2026-Q3", "2027-Q1"],
  ])("%s: previous %s, next %s", (quarter, prev, next) => {
    expect(previousQuarter(q(quarter))).toBe(prev);
    expect(nextQuarter(q(quarter))).toBe(next);
  });

  test.each([
    ["2026-Q1", "2026-01-01", "2026-03-31"],
    ["2024-Q1", "2024-01-01", "2024-03-31"],
    ["2026-Q2", "2026-04-01", "2026-06-30"],
    ["2026-Q3", "2026-07-01", "2026-09-30"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
  ])("%s runs from %s to %s", (quarter, start, end) => {
    expect(quarterRange(q(quarter))).toEqual({ start, end });
  });

  test("formats in English and Khmer", () => {
    expect(formatQuarter(q("2026-Q3"), "en")).toBe("Q3 2026");
    expect(formatQuarter(q("2026-Q3"), "km")).toBe("ត្រីមាសទី៣ ឆ្នាំ២០២៦");
    expect(parseQuarter(formatQuarter(q("2030-Q2"), "km"))).toBe("2030-Q2");
  });

  test("the quarter of a date, within the policy horizon only", () => {
    expect(quarterOf(new Date(2026, 10, 22))).toBe("2026-Q4");
    expect(quarterOf(new Date(2019, 0, 1))).toBeUndefined();
    expect(allQuarters()).toHaveLength(60);
  });
});
