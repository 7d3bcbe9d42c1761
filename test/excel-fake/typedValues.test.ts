import { dateSerial, parseInput, type Culture } from "./numberParsing";
import { createExcelFake } from ".";

const year = new Date().getUTCFullYear();
const serial = (y: number, m: number, d: number, date1904 = false) => dateSerial(y, m, d, date1904)!;

describe("what Excel stores for text written through Range.values (en-US, General cells)", () => {
  it.each([
    ["Dec 2025", serial(2025, 12, 1), "mmm-yy"],
    ["December 2025", serial(2025, 12, 1), "mmm-yy"],
    ["2-Mar", serial(year, 3, 2), "d-mmm"],
    ["15-Jul-2026", serial(2026, 7, 15), "d-mmm-yy"],
    ["Jul 15, 2026", serial(2026, 7, 15), "d-mmm-yy"],
    ["9 AM", 0.375, "h:mm AM/PM"],
    ["9:30 pm", 21.5 / 24, "h:mm AM/PM"],
    ["13:45", 13.75 / 24, "h:mm"],
    ["1 1/2", 1.5, "# ?/?"],
    ["1e5", 100_000, "0.00E+00"],
    ["00123", 123, undefined],
    ["1,234.5", 1234.5, "#,##0"],
    ["45%", 0.45, "0%"],
    ["$1,200", 1200, "$#,##0"],
    ["TRUE", true, undefined],
    ["false", false, undefined],
    ["2026-07-15", serial(2026, 7, 15), "yyyy-mm-dd"],
    ["05/07/2026", serial(2026, 5, 7), "m/d/yyyy"],
    ["1/2", serial(year, 1, 2), "m/d/yyyy"],
  ])("%s → %p", (input, value, format) => {
    const stored = parseInput(input, { culture: "en-US" });
    if (typeof value === "number") expect(stored.value).toBeCloseTo(value, 9);
    else expect(stored.value).toBe(value);
    expect(stored.autoFormat).toBe(format);
  });

  it.each(["15/07/2026", "Policy 2021-2035", "A1", "Digital ID", "Q3 2026", "1.5.2026x", "May the force"])("keeps %s as text", (input) => {
    expect(parseInput(input, { culture: "en-US" })).toEqual({ value: input });
  });

  it("keeps everything as text in a cell formatted as Text, and after an apostrophe", () => {
    for (const input of ["Dec 2025", "00123", "=SUM(A1)", "TRUE"]) {
      expect(parseInput(input, { culture: "en-US", textFormat: true })).toEqual({ value: input });
      expect(parseInput(`'${input}`, { culture: "en-US" })).toEqual({ value: input, quotePrefix: true });
    }
  });
});

describe("dates typed with the computer's regional settings", () => {
  it.each<[Culture, string, number | string]>([
    ["en-US", "05/07/2026", serial(2026, 5, 7)],
    ["en-US", "15/07/2026", "15/07/2026"],
    ["en-GB", "05/07/2026", serial(2026, 7, 5)],
    ["en-GB", "15/07/2026", serial(2026, 7, 15)],
    ["en-GB", "07/15/2026", "07/15/2026"],
    ["km-KH", "15/07/2026", serial(2026, 7, 15)],
    ["km-KH", "2026-07-15", serial(2026, 7, 15)],
    ["en-US", "2026-07-15", serial(2026, 7, 15)],
  ])("%s reads %s as %p", (culture, input, value) => {
    expect(parseInput(input, { culture }).value).toBe(value);
  });

  it("counts days from 1904 in a workbook of the 1904 date system", () => {
    expect(serial(2026, 7, 15) - serial(2026, 7, 15, true)).toBe(1462);
    expect(parseInput("2026-07-15", { culture: "en-US", date1904: true }).value).toBe(serial(2026, 7, 15, true));
  });

  it("reads what a user types with the fake's culture, and what the add-in writes as en-US", async () => {
    const fake = createExcelFake({ culture: "en-GB" });
    await fake.user.type("Sheet1!A1", "05/07/2026");
    expect(fake.cell("Sheet1!A1").value).toBe(serial(2026, 7, 5));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["05/07/2026"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1!A2").value).toBe(serial(2026, 5, 7));
    fake.culture = "en-US";
    await fake.user.type("Sheet1!A3", "15/07/2026");
    expect(fake.cell("Sheet1!A3").value).toBe("15/07/2026");
  });
});

describe("the fake as a host", () => {
  it("fails the n-th command run, across requests, once", async () => {
    const fake = createExcelFake();
    fake.failNthCommand(3, "AccessDenied");
    const outcome = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1"); // command 1
      sheet.getRange("A1").values = [["a"]]; // 2: the range, 3: its values
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } });
    expect(fake.cell("Sheet1!A1").value).toBe("");
    expect(fake.stats.commands).toEqual(["Worksheet.create", "Range.create", "Range.values"]);
  });

  it("counts the commands that change the workbook", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      range.format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(fake.stats.writes).toBe(1);
  });

  it("has Excel on the web's 5 MB limits only on the web", async () => {
    const big = "x".repeat(30_000);
    const rows = Array.from({ length: 200 }, () => [big]);
    for (const [platform, failed] of [
      ["OfficeOnline", true],
      ["PC", false],
    ] as const) {
      const fake = createExcelFake({ platform });
      const run = fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = rows;
        await context.sync();
      });
      if (failed) await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      else await expect(run).resolves.toBeUndefined();
    }
  });
});

describe("undo grouping", () => {
  it("refuses protect in a merged undo group (UndoNotSupported, ExcelApi 1.20)", async () => {
    const fake = createExcelFake({ excelApi: "1.20" });
    const run = fake.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "UndoNotSupported" });
  });
});
