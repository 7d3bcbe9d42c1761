import { shortHash } from "../catalogue/catalogueBuild";
import type { DespfGoal } from "../catalogue/goals";
import type { CommitteeCode, MeasureId } from "../ids";
import { cambodiaTime } from "../periods/khmerDate";
import { isoDate, quarterRange, type IsoDate, type Quarter } from "../periods/periods";
import { pick, type Lang } from "../text/lang";
import type { ReportModel, ReportStatus } from "./types";

/**
 * What the trend needs of one quarter: where each measure stood and who submitted when. Read back
 * from a quarterly report the Council received (src/xlsx/read/reportSnapshot.ts), or taken from the
 * report being written (snapshotOfModel).
 */
export interface QuarterSnapshot {
  /** The report's file name, or a label for the report being written. */
  readonly source: string;
  readonly quarter: Quarter;
  /** The catalogue the quarter was reported against: version and the first 12 digits of its hash. */
  readonly catalogue: { readonly version: string; readonly hash: string };
  readonly measures: readonly SnapshotMeasure[];
  /** Each submission the report lists (accepted or not); a committee with none is absent. */
  readonly submissions: readonly SnapshotSubmission[];
}

export interface SnapshotMeasure {
  readonly id: MeasureId;
  readonly goal: DespfGoal;
  readonly lead: CommitteeCode;
  /** As the report wrote it (its language). */
  readonly title: string;
  readonly status: ReportStatus;
  readonly progress?: number;
}

export interface SnapshotSubmission {
  readonly committee: CommitteeCode;
  readonly accepted: boolean;
  /** The submission stamp's date in Phnom Penh, when the file was stamped. */
  readonly submittedOn?: IsoDate;
}

/**
 * How many days after a quarter's end a committee's submission is due. No deadline is published
 * for the Council's reporting (see ../shared/policy/FACTS.md): this is the product's choice, said
 * on the trend sheet wherever "late" is used.
 */
export const SUBMISSION_DUE_DAYS = 15;

/** The last day a quarter's submission is on time. */
export function submissionDueDate(quarter: Quarter): IsoDate {
  const [y, m, d] = quarterRange(quarter).end.split("-").map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y, m - 1, d + SUBMISSION_DUE_DAYS));
  return isoDate(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate());
}

/** The Phnom Penh date of a submission stamp (an ISO instant), or undefined when it is not one. */
export function stampDate(stamp: string | undefined): IsoDate | undefined {
  if (!stamp) return undefined;
  const t = Date.parse(stamp);
  if (Number.isNaN(t)) return undefined;
  const c = cambodiaTime(new Date(t));
  return isoDate(c.year, c.month, c.day);
}

/** The report being written, as the trend takes it. */
export function snapshotOfModel(model: ReportModel, lang: Lang, source: string): QuarterSnapshot {
  return {
    source,
    quarter: model.quarter,
    catalogue: { version: model.catalogue.version, hash: shortHash(model.catalogue.hash) },
    measures: model.measures.map((l) => {
      const progress = l.lead?.entry.progress;
      return {
        id: l.measure.id,
        goal: l.measure.goal,
        lead: l.measure.lead,
        title: pick(l.measure.title, lang),
        status: l.status,
        ...(progress !== undefined ? { progress } : {}),
      };
    }),
    submissions: model.submissions.flatMap((s) => {
      if (!s.committee) return [];
      const submittedOn = stampDate(s.submittedAt);
      return [{ committee: s.committee, accepted: s.status === "accepted", ...(submittedOn ? { submittedOn } : {}) }];
    }),
  };
}
