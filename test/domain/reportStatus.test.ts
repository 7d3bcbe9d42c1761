import { parseReportStatus } from "../../src/domain/consolidation/reportStatus";

describe("parseReportStatus", () => {
  it.each([
    ["Not reported", "not-reported"],
    ["មិនបានរាយការណ៍", "not-reported"],
    ["  not   REPORTED ", "not-reported"],
    ["On track", "on-track"],
    ["បានបញ្ចប់", "completed"],
    ["Delayed", "delayed"],
    ["", undefined],
    ["Reported", undefined],
  ])("%j → %s", (raw, expected) => {
    expect(parseReportStatus(raw)).toBe(expected);
  });
});
