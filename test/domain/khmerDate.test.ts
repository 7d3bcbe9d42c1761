import { buddhistEraYear, cambodiaTime, formatDate, formatDateTime, khmerSolarDate } from "../../src/domain/periods/khmerDate";

describe("dates on the report", () => {
  test.each([
    ["2026-10-22T07:05:00Z", { year: 2026, month: 10, day: 22, hour: 14, minute: 5, weekday: 4 }],
    // 17:30 UTC on New Year's Eve is already the next year in Phnom Penh.
    ["2026-12-31T17:30:00Z", { year: 2027, month: 1, day: 1, hour: 0, minute: 30, weekday: 5 }],
    ["2026-01-01T16:59:00Z", { year: 2026, month: 1, day: 1, hour: 23, minute: 59, weekday: 4 }],
  ])("%s is %j in Phnom Penh (UTC+7), whatever the machine's zone", (instant, civil) => {
    expect(cambodiaTime(new Date(instant))).toEqual(civil);
  });

  test.each([
    ["en", "22/10/2026", "22/10/2026 14:05"],
    ["km", "២២/១០/២០២៦", "២២/១០/២០២៦ ម៉ោង ១៤:០៥"],
  ] as const)("%s: day first, Khmer digits in Khmer", (lang, date, dateTime) => {
    const t = cambodiaTime(new Date("2026-10-22T07:05:00Z"));
    expect(formatDate(t, lang)).toBe(date);
    expect(formatDateTime(t, lang)).toBe(dateTime);
  });

  test.each([
    ["2026-10-22T07:05:00Z", "ថ្ងៃព្រហស្បតិ៍ ទី២២ ខែតុលា ឆ្នាំ២០២៦"],
    ["2027-01-03T03:00:00Z", "ថ្ងៃអាទិត្យ ទី៣ ខែមករា ឆ្នាំ២០២៧"],
    ["2026-04-14T03:00:00Z", "ថ្ងៃអង្គារ ទី១៤ ខែមេសា ឆ្នាំ២០២៦"],
  ])("Khmer solar date of %s: %s", (instant, text) => {
    expect(khmerSolarDate(cambodiaTime(new Date(instant)))).toBe(text);
  });

  // BE = CE + 543 before Visak Bochea (late April to early June), CE + 544 after; in between unknown.
  test.each([
    [2026, 1, 2569],
    [2026, 3, 2569],
    [2026, 4, undefined],
    [2026, 5, undefined],
    [2026, 6, undefined],
    [2026, 7, 2570],
    [2026, 10, 2570],
    [2024, 3, 2567],
    [2024, 12, 2568],
  ])("Buddhist Era year of %i-%i: %s", (year, month, be) => {
    expect(buddhistEraYear({ year, month })).toBe(be);
  });
});
