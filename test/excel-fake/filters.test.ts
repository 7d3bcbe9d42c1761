import { createExcelFake, type ExcelFake } from ".";
import { hiddenRowsOf } from "./filters";

/** Table "Items" on Sheet1!A1:B6 with five body rows; the tests filter it to rows whose Kind is "keep" (rows 3 and 5 hidden). */
async function filteredTable(): Promise<ExcelFake> {
  const fake = createExcelFake();
  fake.seed.values("Sheet1!A1:B6", [
    ["Kind", "Note"],
    ["keep", "a"],
    ["drop", "b"],
    ["keep", "c"],
    ["drop", "d"],
    ["keep", "e"],
  ]);
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B6", true).name = "Items";
    await context.sync();
  });
  return fake;
}

const write = (fake: ExcelFake, queue: (sheet: Excel.Worksheet) => void) =>
  fake.run(async (context) => {
    queue(context.workbook.worksheets.getItem("Sheet1"));
    await context.sync();
  });

describe("a filtered table (office-js #224)", () => {
  it("lays a block of values on the visible rows only: rows misplaced, the rest lost", async () => {
    const fake = await filteredTable();
    fake.user.filter("Items", 0, (v) => v === "keep");
    expect([...hiddenRowsOf(fake.table("Items")!)]).toEqual([2, 4]);
    await write(fake, (s) => (s.getRange("B2:B6").values = [["1"], ["2"], ["3"], ["4"], ["5"]]));
    expect(fake.values("Sheet1!B2:B6").flat()).toEqual([1, "b", 2, "d", 3]);
  });

  it("skips hidden rows in fills and clears over several rows; a single row is written as asked", async () => {
    const fake = await filteredTable();
    fake.user.filter("Items", 0, (v) => v === "keep");
    await write(fake, (s) => {
      s.getRange("B2:B6").format.fill.color = "#FF0000";
      s.getRange("A2:A6").clear("Contents");
      s.getRange("B3").values = [["single"]];
    });
    expect([2, 3, 4, 5, 6].map((r) => fake.cell(`Sheet1!B${r}`).fill)).toEqual(["#FF0000", undefined, "#FF0000", undefined, "#FF0000"]);
    expect(fake.values("Sheet1!A2:A6").flat()).toEqual(["", "drop", "", "drop", ""]);
    expect(fake.cell("Sheet1!B3").value).toBe("single");
  });

  it("tells whether data is filtered (ExcelApi 1.9) and clears the filter (clearFilters)", async () => {
    const fake = await filteredTable();
    fake.user.filter("Items", 0, (v) => v === "keep");
    let filtered: boolean[] = [];
    await fake.run(async (context) => {
      const auto = context.workbook.tables.getItem("Items").autoFilter.load("isDataFiltered");
      await context.sync();
      filtered.push(auto.isDataFiltered);
      context.workbook.tables.getItem("Items").clearFilters();
      auto.load("isDataFiltered");
      await context.sync();
      filtered = [...filtered, auto.isDataFiltered];
    });
    expect(filtered).toEqual([true, false]);
    await write(fake, (s) => (s.getRange("B2:B6").values = [["1"], ["2"], ["3"], ["4"], ["5"]]));
    expect(fake.values("Sheet1!B2:B6").flat()).toEqual([1, 2, 3, 4, 5]);
  });

  it("refuses to clear the filter on a sheet protected without AutoFilter", async () => {
    const fake = await filteredTable();
    fake.user.filter("Items", 0, (v) => v === "keep");
    fake.sheet("Sheet1").protection = { protected: true, options: {} };
    const run = fake.run(async (context) => {
      context.workbook.tables.getItem("Items").clearFilters();
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
