import { tally } from "../../domain/consolidation/tallies";
import type { ReportModel, SubmissionSummary, Tally } from "../../domain/consolidation/types";
import type { Lang } from "../../domain/text/lang";
import type { Quarter } from "../../domain/periods/periods";

/** What the pane shows of a consolidation: the model itself stays where it was built (the worker). */
export interface BuildOutcome {
  readonly quarter: Quarter;
  readonly lang: Lang;
  readonly catalogueVersion: string;
  /** Each of this quarter's files, accepted or rejected with the reason, in the order picked. */
  readonly submissions: readonly SubmissionSummary[];
  readonly accepted: number;
  /** Last quarter's files, each accepted or rejected with the reason (empty: none given). */
  readonly previous: readonly SubmissionSummary[];
  /** Last quarter's files the Changes sheet compares with. */
  readonly previousAccepted: number;
  readonly measures: number;
  readonly byStatus: Tally;
  /** The report's Data issues sheet: one line per problem. */
  readonly issues: { readonly errors: number; readonly warnings: number };
}

export function buildOutcome(model: ReportModel, lang: Lang, previous: readonly SubmissionSummary[] = []): BuildOutcome {
  const errors = model.issues.filter((p) => p.severity === "error").length;
  return {
    quarter: model.quarter,
    lang,
    catalogueVersion: model.catalogue.version,
    submissions: model.submissions,
    accepted: model.submissions.filter((s) => s.status === "accepted").length,
    previous,
    previousAccepted: previous.filter((s) => s.status === "accepted").length,
    measures: model.measures.length,
    byStatus: tally(model.measures),
    issues: { errors, warnings: model.issues.length - errors },
  };
}
