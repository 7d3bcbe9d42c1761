import type { Catalogue, Measure } from "./catalogue";
import type { CommitteeCode } from "../ids";

/** The measures a committee reports on: those it leads or supports, in catalogue order. */
export function committeeMeasures(catalogue: Catalogue, committee: CommitteeCode): Measure[] {
  return catalogue.measures.filter((m) => m.lead === committee || m.supporting.includes(committee));
}

/** Whether the committee leads the measure (otherwise it supports it). */
export function leadsMeasure(measure: Measure, committee: CommitteeCode): boolean {
  return measure.lead === committee;
}
