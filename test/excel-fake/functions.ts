/**
 * workbook.functions (ExcelApi 1.2): worksheet functions evaluated without a cell. Only DATE is
 * modelled: its serial counts from the workbook's date system ("year is a number from 1900 or 1904,
 * depending on the workbook's date system"), which is how an add-in can tell a 1904 workbook.
 */
import { FakeObject, type FakeContext } from "./context";
import { notModelled } from "./errors";
import { dateSerial } from "./numberParsing";
import type { WorkbookState } from "./model";

export class FakeFunctionResult extends FakeObject<{ readonly value: number | null; readonly error: string | null }> {
  constructor(context: FakeContext, resolver: () => { value: number | null; error: string | null }) {
    super(context, "FunctionResult", resolver, { announce: true });
  }

  get value(): number {
    return this.read("value");
  }

  get error(): string {
    return this.read("error");
  }

  protected override snapshot(name: string, result: { value: number | null; error: string | null }): unknown {
    if (name === "value") return result.value;
    if (name === "error") return result.error;
    return super.snapshot(name, result);
  }
}

export class FakeFunctions extends FakeObject<WorkbookState> {
  constructor(
    context: FakeContext,
    private readonly state: () => WorkbookState,
  ) {
    super(context, "Functions", state);
  }

  date(year: unknown, month: unknown, day: unknown): FakeFunctionResult {
    if (typeof year !== "number" || typeof month !== "number" || typeof day !== "number") throw notModelled("DATE of ranges or other results");
    return new FakeFunctionResult(this.context, () => {
      const value = dateSerial(year, month, day, this.state().date1904 === true);
      return value === undefined ? { value: null, error: "#NUM!" } : { value, error: null };
    });
  }
}
