import { describeError, paneHost, statusText, type PaneHost, type WorkbookState } from "../../src/taskpane/status";
import { FEEDBACK_STRINGS } from "../../src/taskpane/feedback/feedbackStrings";
import { LANGS, STRINGS } from "../../src/taskpane/strings";

/** Office.HostType's values are these strings; office.js is not loaded in unit tests. */
const hostNamed = (name: string) => name as unknown as Office.HostType;
const idle: WorkbookState = { state: "idle" };
const excel: PaneHost = { kind: "excel" };

describe("task pane status line", () => {
  it.each([
    [
      "a plain browser (no host)",
      paneHost(null),
      idle,
      "Running outside Excel — open this page from the add-in in Excel to work on a workbook.",
    ],
    [
      "a plain browser (undefined host)",
      paneHost(undefined),
      idle,
      "Running outside Excel — open this page from the add-in in Excel to work on a workbook.",
    ],
    ["Word", paneHost(hostNamed("Word")), idle, "Running in Word — Policy Tracker works in Excel only."],
    ["Excel, before the workbook is read", paneHost(hostNamed("Excel")), idle, "Reading the workbook…"],
    [
      "Excel, workbook read",
      excel,
      { state: "loaded", info: { name: "DGC 2026-Q3.xlsx" } },
      "Workbook: DGC 2026-Q3.xlsx",
    ],
    [
      "Excel without ExcelApi 1.7",
      excel,
      { state: "loaded", info: { name: null } },
      "Connected to Excel. This version of Excel does not report the workbook name.",
    ],
    [
      "Excel, workbook unreadable",
      excel,
      { state: "failed" },
      "Connected to Excel, but the workbook could not be read.",
    ],
    [
      "Office failed to start",
      { kind: "unavailable" },
      idle,
      "Office did not start, so the add-in cannot reach the workbook.",
    ],
  ] as const)("in %s says what it can do", (_case, host, workbook, expected) => {
    expect(statusText(host, workbook, STRINGS.en)).toBe(expected);
  });

  it("names the workbook in Khmer too", () => {
    expect(statusText(excel, { state: "loaded", info: { name: "Book1" } }, STRINGS.km)).toBe("សៀវភៅការងារ៖ Book1");
  });

  it("has every string in both languages, the Khmer ones in Khmer script", () => {
    for (const lang of LANGS) {
      // The feedback strings load apart, with the panels that show them.
      for (const [key, value] of [STRINGS[lang], FEEDBACK_STRINGS[lang]].flatMap((strings) => Object.entries(strings))) {
        const text = typeof value === "function" ? value("X") : value;
        expect(`${key}: ${text.trim().length > 0}`).toBe(`${key}: true`);
        if (lang === "km") expect(`${key}: ${/[\u1780-\u17ff]/.test(text)}`).toBe(`${key}: true`);
      }
    }
  });

  it("shows an Office error's code beside its message", () => {
    const error = Object.assign(new Error("The request failed."), { code: "GeneralException" });
    expect(describeError(error)).toBe("The request failed. (GeneralException)");
    expect(describeError("plain")).toBe("plain");
  });
});
