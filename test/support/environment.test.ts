import { decide, underCi } from "./environment";

describe("whether a test may do without a tool", () => {
  test.each([
    { CI: undefined, ci: false },
    { CI: "", ci: false },
    { CI: "false", ci: false },
    { CI: "0", ci: false },
    { CI: "true", ci: true },
    { CI: "1", ci: true },
    { CI: "yes", ci: true },
    { CI: "TRUE", ci: true },
  ])("CI=$CI → under CI: $ci", ({ CI, ci }) => {
    expect(underCi(CI === undefined ? {} : { CI })).toBe(ci);
  });

  test.each([
    { reasons: [], ci: true, verdict: { kind: "run" } },
    { reasons: [undefined, undefined], ci: false, verdict: { kind: "run" } },
    { reasons: ["no chromium"], ci: false, verdict: { kind: "skip", reason: "no chromium" } },
    { reasons: ["no chromium"], ci: true, verdict: { kind: "fail", reason: "no chromium" } },
    { reasons: ["no chromium", undefined, "no openpyxl"], ci: true, verdict: { kind: "fail", reason: "no chromium; no openpyxl" } },
  ])("missing $reasons, under CI $ci → $verdict.kind", ({ reasons, ci, verdict }) => {
    expect(decide(reasons, ci)).toEqual(verdict);
  });
});
