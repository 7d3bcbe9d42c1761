/**
 * Charts on the fake's worksheets: what `worksheet.charts.add` records (type, source range, series
 * by), and the few chart members the gateway sets. A chart whose source cannot be resolved (a
 * missing sheet, a bad address) fails the batch as in Excel; nothing is drawn, so nothing else is
 * modelled: loading a chart's properties fails with NotModelled.
 */
import { FakeObject, type FakeContext } from "./context";
import { notModelled, officeError } from "./errors";
import { fullAddress, normaliseColor, parseAddress, readCell, type Rect, type SheetState } from "./model";

export interface ChartSeriesState {
  readonly name: string;
  fill?: string;
}

export interface ChartState {
  readonly id: string;
  readonly type: string;
  /** "Summary!C5:I10": the source as Excel would print its address. */
  readonly source: string;
  readonly seriesBy: "Columns" | "Rows";
  readonly series: ChartSeriesState[];
  name: string;
  title?: string;
  /** Category labels set with setCategoryNames, as an address. */
  categories?: string;
  position?: { readonly start: string; readonly end?: string };
  legendPosition?: string;
}

/** What a proxy for a range must give the chart code (FakeRange does). */
interface RangeProxy {
  target(): { readonly sheet: SheetState; readonly rect: Rect };
}

/** The chart types modelled (Excel.ChartType has ~80; the others are NotModelled, "Invalid" is refused as in Excel). */
const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "Line", "Pie"]);

function rangeOf(value: unknown, location: string): RangeProxy {
  if (value && typeof (value as RangeProxy).target === "function") return value as RangeProxy;
  throw officeError("InvalidArgument", location, "expected a Range");
}

/**
 * Series as Excel makes them from a block: by columns (Auto: when the block has at least as many
 * rows as columns), named after the block's first row when it holds only text (its header).
 */
function seriesFrom(sheet: SheetState, rect: Rect, by: "Columns" | "Rows"): ChartSeriesState[] {
  const across = by === "Columns" ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
  const headerCell = (i: number) => (by === "Columns" ? readCell(sheet, rect.r0, i) : readCell(sheet, i, rect.c0));
  const named = [];
  for (let i = across[0]!; i <= across[1]!; i++) named.push(headerCell(i).value);
  const hasHeader = named.every((v) => typeof v === "string" && v !== "");
  return named.map((v, i) => ({ name: hasHeader ? String(v) : `Series${i + 1}` }));
}

export class FakeChartCollection extends FakeObject<SheetState> {
  constructor(
    context: FakeContext,
    resolver: () => SheetState | null,
    private readonly nextId: () => string,
  ) {
    super(context, "ChartCollection", resolver);
  }

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    let created: ChartState | undefined;
    this.call("add", { type, seriesBy }, (sheet) => {
      if (String(type) === "Invalid") throw officeError("InvalidArgument", "ChartCollection.add", "chart type Invalid");
      if (!CHART_TYPES.has(String(type))) throw notModelled(`chart type ${String(type)}`);
      if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) {
        throw officeError("AccessDenied", "ChartCollection.add", `sheet "${sheet.name}" is protected`);
      }
      const source = rangeOf(sourceData, "ChartCollection.add").target();
      const rows = source.rect.r1 - source.rect.r0 + 1;
      const cols = source.rect.c1 - source.rect.c0 + 1;
      const by = seriesBy === "Auto" ? (rows >= cols ? "Columns" : "Rows") : seriesBy === "Columns" || seriesBy === "Rows" ? seriesBy : undefined;
      if (!by) throw officeError("InvalidArgument", "ChartCollection.add", `seriesBy ${String(seriesBy)}`);
      const id = this.nextId();
      created = {
        id,
        type: String(type),
        source: fullAddress(source.sheet, source.rect),
        seriesBy: by,
        series: seriesFrom(source.sheet, source.rect, by),
        name: `Chart ${(sheet.charts?.length ?? 0) + 1}`,
      };
      (sheet.charts ??= []).push(created);
    });
    return new FakeChart(this.context, () => {
      if (!created) throw notModelled("using a chart whose add() failed");
      return created;
    });
  }
}

/** A part of a chart with settable members (title, legend): writes the chart it belongs to. */
class ChartPart extends FakeObject<ChartState> {
  constructor(context: FakeContext, typeName: string, chart: FakeChart) {
    super(context, typeName, () => chart.resolveOrNull());
  }

  protected setOnChart(name: string, value: unknown, apply: (chart: ChartState) => void): void {
    this.assign(name, value, apply);
  }
}

export class FakeChartTitle extends ChartPart {
  set text(value: string) {
    this.setOnChart("text", value, (c) => (c.title = value));
  }

  get text(): string {
    return this.read("text");
  }
}

const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

export class FakeChartLegend extends ChartPart {
  set position(value: string) {
    this.setOnChart("position", value, (c) => {
      if (!LEGEND_POSITIONS.includes(value)) throw officeError("InvalidArgument", "ChartLegend.position");
      c.legendPosition = value;
    });
  }

  get position(): string {
    return this.read("position");
  }
}

export class FakeChart extends FakeObject<ChartState> {
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly axes: { readonly categoryAxis: { setCategoryNames(sourceData: Excel.Range): void } };
  readonly series: { getItemAt(index: number): { readonly format: { readonly fill: { setSolidColor(color: string): void } } } };

  constructor(context: FakeContext, resolver: () => ChartState) {
    super(context, "Chart", resolver, { announce: true });
    this.title = new FakeChartTitle(context, "ChartTitle", this);
    this.legend = new FakeChartLegend(context, "ChartLegend", this);
    this.axes = {
      categoryAxis: {
        setCategoryNames: (sourceData) => {
          // The axes and category axis are objects of their own in office.js's request.
          this.chargeNavigation("ChartAxes", "ChartAxis");
          this.call("axes.categoryAxis.setCategoryNames", "setCategoryNames", (c) => {
            const { sheet, rect } = rangeOf(sourceData, "ChartAxis.setCategoryNames").target();
            c.categories = fullAddress(sheet, rect);
          });
        },
      },
    };
    this.series = {
      getItemAt: (index) => {
        this.chargeNavigation("ChartSeriesCollection");
        context.chargeObject("ChartSeries", true);
        this.chargeNavigation("ChartSeriesFormat", "ChartFill");
        return this.seriesItem(index);
      },
    };
  }

  /** Property objects office.js would create on the way (the fake goes straight to the chart). */
  private chargeNavigation(...typeNames: string[]): void {
    for (const typeName of typeNames) this.context.chargeObject(typeName, false);
  }

  private seriesItem(index: number): { readonly format: { readonly fill: { setSolidColor(color: string): void } } } {
    return {
      format: {
        fill: {
          setSolidColor: (color) =>
            this.call("series.format.fill.setSolidColor", { index, color }, (c) => {
              const series = c.series[index];
              if (!series) throw officeError("InvalidArgument", "ChartSeriesCollection.getItemAt", `no series ${index}`);
              series.fill = normaliseColor(color);
            }),
        },
      },
    };
  }

  set name(value: string) {
    this.assign("name", value, (c) => (c.name = value));
  }

  get name(): string {
    return this.read("name");
  }

  /** Places the chart over a block of cells, given as ranges or addresses on the chart's sheet. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const address = (cell: Excel.Range | string) => {
      if (typeof cell === "string") {
        parseAddress(cell); // a bad address fails like Excel's
        return cell;
      }
      const { sheet, rect } = rangeOf(cell, "Chart.setPosition").target();
      return fullAddress(sheet, rect);
    };
    this.call("setPosition", { startCell: String(startCell), endCell: String(endCell) }, (c) => {
      c.position = { start: address(startCell), ...(endCell !== undefined ? { end: address(endCell) } : {}) };
    });
  }
}
