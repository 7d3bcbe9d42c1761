import { auditRow, type AuditRow } from "../../src/domain/statusSheet/auditLog";
import type { Quarter } from "../../src/domain/periods/periods";
import type { AuditTrailHandle } from "../../src/excel/auditTrail";
import { startLiveValidation } from "../../src/excel/liveValidation";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../../src/excel/startNextQuarter";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { createExcelFake, type ExcelFake, type ExcelFakeOptions } from "../excel-fake";
import { OFFICER, coAuthorsRow, logOf, settled, trailOn, withoutTime } from "./auditSupport";
import { QUARTER, ok, syntheticCatalogue } from "./support";

const catalogue = syntheticCatalogue(6);

async function setUp(options: ExcelFakeOptions = {}): Promise<ExcelFake> {
  const fake = createExcelFake(options);
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  return fake;
}

/** A row the official's own change gives. */
const mine = (cell: string, measureId: string, column: string, before: string, after: string): Omit<AuditRow, "at"> =>
  withoutTime(auditRow({ source: "local", officer: OFFICER, cell, measureId, column, before, after, changes: "1" }));
/** A row for a change Excel reported as a co-author's. */
const theirs = (cell: string, measureId: string, column: string, before: string, after: string): Omit<AuditRow, "at"> =>
  withoutTime(auditRow({ source: "co-author", cell, measureId, column, before, after, changes: "1" }));

interface Case {
  readonly name: string;
  readonly fake?: ExcelFakeOptions;
  readonly act: (fake: ExcelFake, trail: AuditTrailHandle) => Promise<void>;
  readonly rows: readonly Omit<AuditRow, "at">[];
  /** What else must hold once the rows are written. */
  readonly then?: (fake: ExcelFake) => void;
}

const typing: Case["act"] = async (fake) => {
  await fake.user.type("Status!G4", 40);
  await fake.user.type("Status!G4", 60);
  await fake.user.type("Status!F4", "On track");
};
const typed = [mine("G4", "S00001", "progress", "", "40"), mine("G4", "S00001", "progress", "40", "60"), mine("F4", "S00001", "status", "", "On track")];

const pasting: Case["act"] = async (fake) => {
  await fake.user.type("Status!F6", "Delayed");
  // A block over two rows and two columns; F6 keeps its value and is not a change.
  await fake.user.paste("Status!F6:G7", [
    ["Delayed", 10],
    ["At risk", 20],
  ]);
};
const pasted = [mine("F6", "S00003", "status", "", "Delayed"), mine("G6", "S00003", "progress", "", "10"), mine("F7", "S00004", "status", "", "At risk"), mine("G7", "S00004", "progress", "", "20")];

const CASES: readonly Case[] = [
  { name: "typing: one row per typed cell, old → new, in the order typed", act: typing, rows: typed },
  { name: "typing on ExcelApi 1.8 (no change details): the old value from the snapshot", fake: { excelApi: "1.8" }, act: typing, rows: typed },
  { name: "pasting a block: one row per changed entry cell", act: pasting, rows: pasted },
  { name: "pasting a block on ExcelApi 1.8", fake: { excelApi: "1.8" }, act: pasting, rows: pasted },
  {
    name: "a date typed into a date column is logged as a date",
    act: async (fake) => void (await fake.user.type("Status!H5", "2027-03-31")),
    rows: [mine("H5", "S00002", "plannedCompletion", "", "2027-03-31")],
  },
  {
    name: "undo where the add-in's writes join the undo stack: the first Undo takes back the log row, which is written again; the second reverts the entry, logged as a change back",
    fake: { undoesApiWrites: true },
    act: async (fake, trail) => {
      await fake.user.type("Status!G4", 40);
      await settled(fake, trail);
      expect(await fake.user.undo()).toBe(true);
      expect(await fake.user.undo()).toBe(true);
    },
    rows: [mine("G4", "S00001", "progress", "", "40"), mine("G4", "S00001", "progress", "40", "")],
    then: (fake) => expect(fake.cell("Status!G4").value).toBe(""),
  },
  {
    name: "undo of a paste on ExcelApi 1.8: the reverse of each pasted cell",
    fake: { undoesApiWrites: true, excelApi: "1.8" },
    act: async (fake, trail) => {
      await fake.user.paste("Status!F5:G5", [["Delayed", 10]]);
      await settled(fake, trail);
      await fake.user.undo();
      await fake.user.undo();
    },
    rows: [mine("F5", "S00002", "status", "", "Delayed"), mine("G5", "S00002", "progress", "", "10"), mine("F5", "S00002", "status", "Delayed", ""), mine("G5", "S00002", "progress", "10", "")],
  },
  {
    name: "undo on a host where an add-in's write clears the undo stack: nothing left to undo once the change is logged",
    act: async (fake, trail) => {
      await fake.user.type("Status!G4", 40);
      await settled(fake, trail);
      expect(await fake.user.undo()).toBe(false);
    },
    rows: [mine("G4", "S00001", "progress", "", "40")],
    then: (fake) => expect(fake.cell("Status!G4").value).toBe(40),
  },
  {
    name: "a co-author's edit (Excel says Remote) is recorded as theirs once their add-in has not logged it",
    act: async (fake) => void (await fake.user.type("Status!G5", 70, { source: "Remote" })),
    rows: [theirs("G5", "S00002", "progress", "", "70")],
  },
  {
    name: "a co-author running the add-in logs it under their name: no second row",
    act: async (fake) => {
      await fake.user.type("Status!F4", "On track");
      await fake.user.type("Status!G5", 70, { source: "Remote" });
      coAuthorsRow(fake, { at: "2026-08-03T09:00:05.000Z", source: "local", officer: "Dara Kim", cell: "G5", measureId: "S00002", column: "progress", before: "", after: "'70", changes: 1 });
    },
    rows: [mine("F4", "S00001", "status", "", "On track"), withoutTime(auditRow({ source: "local", officer: "Dara Kim", cell: "G5", measureId: "S00002", column: "progress", after: "70", changes: "1" }))],
  },
  {
    name: "a co-author's add-in made the log first: their row is found there too",
    act: async (fake) => {
      await fake.user.type("Status!G5", 70, { source: "Remote" });
      coAuthorsRow(fake, { at: "2026-08-03T09:00:05.000Z", source: "local", officer: "Dara Kim", cell: "G5", measureId: "S00002", column: "progress", before: "", after: "'70", changes: 1 });
    },
    rows: [withoutTime(auditRow({ source: "local", officer: "Dara Kim", cell: "G5", measureId: "S00002", column: "progress", after: "70", changes: "1" }))],
  },
  {
    name: "the add-in's own marks (live validation) are not changes: only the typed value is logged",
    act: async (fake) => {
      ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
      const live = ok(await startLiveValidation(() => undefined, { catalogues: [catalogue], host: fake }));
      await fake.user.paste("Status!G4", [[150]]);
      expect(fake.cell("Status!G4").fill).toBe(MARK_FILLS.error);
      await live.stop();
    },
    rows: [mine("G4", "S00001", "progress", "", "150")],
  },
  {
    name: "the add-in's own writes (set-up again, next quarter) are not changes, even where Excel ignores enableEvents",
    fake: { honourEnableEvents: false },
    act: async (fake, trail) => {
      await fake.user.type("Status!K4", "Budget late");
      ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
      await settled(fake, trail);
      ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
      await settled(fake, trail);
      expect(fake.cell("ស្ថានភាព!K4").value).toBe("");
      // The trail listens to the table set-up made afresh.
      await fake.user.type("ស្ថានភាព!L4", "Ask MEF");
    },
    rows: [mine("K4", "S00001", "challenges", "", "Budget late"), mine("L4", "S00001", "nextSteps", "", "Ask MEF")],
  },
];

describe("the change log records what Excel reports", () => {
  it.each(CASES)("$name", async ({ fake: options, act, rows, then }) => {
    const fake = await setUp(options);
    const trail = await trailOn(fake);
    await act(fake, trail);
    await settled(fake, trail);
    expect(logOf(fake).map(withoutTime)).toEqual(rows);
    then?.(fake);
    ok(await trail.stop());
  });
});
