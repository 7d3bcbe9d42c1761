import { problem, type Problem } from "../../src/domain/rules/problems";
import type { LiveUpdate } from "../../src/excel/liveValidation";
import { UNCHECKED, countBySeverity, inSheetOrder, issueCell, type IssueState } from "../../src/taskpane/issues";
import { afterLiveUpdate } from "../../src/taskpane/liveIssues";

const at = (code: string, cell?: string, severity: "error" | "warning" = "error", sheet?: string): Problem =>
  problem(code, { en: code, km: code }, { ...(cell ? { cell } : {}), ...(sheet ? { sheet } : {}) }, severity);

const checked = (...problems: Problem[]): IssueState => ({ checked: true, problems });
/** A live update of body rows whose body starts on sheet row 4 (0-based 3), as the contract puts it. */
const live = (full: boolean, rows: number[], problems: Problem[], sheet = "Status"): LiveUpdate => ({ full, sheet, rows, sheetRows: rows.map((i) => 3 + i), problems });
const cells = (state: IssueState) =>
  state.checked ? state.problems.map((p) => `${p.code}@${p.where.cell ?? "-"}`) : "unchecked";

describe("the pane's issue list", () => {
  it("lists workbook-wide issues first, then cells in sheet order (row, then column)", () => {
    const ordered = inSheetOrder([at("b", "G10"), at("a", "F10"), at("c", "AA4"), at("meta"), at("d", "B4")]);
    expect(ordered.map((p) => p.code)).toEqual(["meta", "d", "c", "a", "b"]);
  });

  it("counts errors and warnings", () => {
    expect(countBySeverity([at("a", "F4"), at("b", "G4", "warning"), at("c")])).toEqual({ errors: 2, warnings: 1 });
  });

  it("replaces only the re-checked rows' issues on a live update (body row 0 is sheet row 4)", () => {
    const before = checked(
      at("meta"),
      at("status.required", "F4"),
      at("status.required", "F5"),
      at("status.required", "F6"),
    );
    const update = live(false, [0, 1], [at("progress.range", "G5")]);
    expect(cells(afterLiveUpdate(before, update))).toEqual(["meta@-", "progress.range@G5", "status.required@F6"]);
  });

  it("replaces the sheet rows the update names, wherever the table's body starts", () => {
    const before = checked(at("status.required", "F4"), at("status.required", "F10"), at("status.required", "F11"));
    const update: LiveUpdate = { full: false, sheet: "Status", rows: [0], sheetRows: [9], problems: [] };
    expect(cells(afterLiveUpdate(before, update))).toEqual(["status.required@F4", "status.required@F11"]);
  });

  it("keeps issues of the same rows on other sheets", () => {
    const before = checked(at("a", "F4", "error", "Status"), at("meta", "B4", "error", "PT_Meta"));
    expect(cells(afterLiveUpdate(before, live(false, [0], [])))).toEqual(["meta@B4"]);
  });

  it("treats problems on the status sheet by name, in either language, like those without a sheet", () => {
    const before = checked(
      at("a", "F4", "error", "Status"),
      at("b", "F4", "error", "ស្ថានភាព"),
      at("c", "B4", "error", "PT_Meta"),
    );
    expect(cells(afterLiveUpdate(before, live(false, [0], [])))).toEqual(["c@B4"]);
  });

  it("takes a full live check as the whole list", () => {
    expect(
      cells(afterLiveUpdate(checked(at("old", "F9")), live(true, [0, 1], [at("new", "F4")]))),
    ).toEqual(["new@F4"]);
  });

  it("stays unchecked when only some rows were checked: their issues say nothing about the others", () => {
    expect(afterLiveUpdate(UNCHECKED, live(false, [3], []))).toBe(UNCHECKED);
  });

  it("selects an issue's own sheet when it names one, the status table's otherwise", () => {
    expect(issueCell(at("a", "G5"))).toEqual({ cell: "G5" });
    expect(issueCell(at("a", "B3", "error", "PT_Meta"))).toEqual({ sheet: "PT_Meta", cell: "B3" });
    expect(issueCell(at("a"))).toBeUndefined();
  });
});
