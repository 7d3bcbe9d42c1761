import type { Catalogue, Measure } from "./catalogue";
import type { CommitteeCode } from "../ids";

/** The measures a committee reports on: those it leads or supports, in catalogue order. */
export function committeeMeasures(catalogue: Catalogue, committee: CommitteeCode): Measure[] {
  return catalogue.measures.filter((m) => m.lead === committee || m.supporting.includes(committee));
}
