import { fileDisplayNames } from "../../src/domain/consolidation/fileNames";
import { stampInstant } from "../../src/domain/periods/stamp";

describe("submission stamps read as instants", () => {
  test.each([
    ["2026-10-06T09:00:00.000Z", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06T16:00:00+07:00", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06T16:00:00+0700", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06T04:00-05:00", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06 09:00:00", Date.UTC(2026, 9, 6, 9)],
    ["2026-10-06", Date.UTC(2026, 9, 6)],
    ["2026-10-06T09:00:00.25Z", Date.UTC(2026, 9, 6, 9, 0, 0, 250)],
    ["  2026-10-06T09:00:00Z ", Date.UTC(2026, 9, 6, 9)],
  ])("%s", (raw, expected) => expect(stampInstant(raw)).toBe(expected));

  test.each([[""], [undefined], ["yesterday"], ["06/10/2026"], ["2026-02-30"], ["2026-13-01"], ["2026-10-06T24:00:00Z"], ["2026-10-06T09:00:00+7"]])(
    "%p is not a stamp",
    (raw) => expect(stampInstant(raw)).toBeUndefined(),
  );
});

describe("files are named by file name, not by their path", () => {
  test.each([
    ["paths on a Windows computer", ["C:\\Users\\secretariat\\Downloads\\DGC-2026-Q3.xlsx", "C:\\Users\\secretariat\\Downloads\\DEBC.xlsx"], ["DGC-2026-Q3.xlsx", "DEBC.xlsx"]],
    ["POSIX paths", ["/home/sok/inbox/2026-Q3/DGC.xlsx", "./DSC.xlsx"], ["DGC.xlsx", "DSC.xlsx"]],
    ["the same name in two folders keeps the folder that tells them apart", ["/in/dgc/status.xlsx", "/in/debc/status.xlsx", "/in/dsc.xlsx"], ["dgc/status.xlsx", "debc/status.xlsx", "dsc.xlsx"]],
    ["as many folders as needed", ["/a/x/q3/s.xlsx", "/b/x/q3/s.xlsx"], ["a/x/q3/s.xlsx", "b/x/q3/s.xlsx"]],
    ["the same path twice is numbered", ["in/s.xlsx", "in/s.xlsx"], ["in/s.xlsx", "in/s.xlsx (2)"]],
    ["a bare name stays", ["s.xlsx"], ["s.xlsx"]],
  ])("%s", (_name, paths, names) => expect(fileDisplayNames(paths)).toEqual(names));
});
