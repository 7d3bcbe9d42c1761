import type { Catalogue } from "../catalogue/catalogue";
import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { ColumnKey } from "../statusSheet/columns";
import type { Quarter } from "../periods/periods";
import type { Severity } from "./problems";
import type { StatusCode } from "../entries/status";

/** What a rule needs to know beyond the row: the quarter, whose table, the catalogue, last quarter. */
export interface RuleContext {
  readonly quarter: Quarter;
  readonly committee?: CommitteeCode;
  readonly catalogue?: Catalogue;
  readonly previous?: ReadonlyMap<MeasureId, { readonly status?: StatusCode; readonly progress?: number }>;
}

/** One rule's verdict on one cell: `row` is the 0-based place in the table body. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly row: number;
  readonly column: ColumnKey;
  readonly message: LocalText;
  readonly measureId?: string;
}
