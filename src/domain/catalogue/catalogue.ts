import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { DespfGoal, DgpStrategy } from "./goals";

/** Where a measure's title comes from: the official action plan, or a working title we wrote. */
export type Provenance = "official" | "working-title";

export interface Measure {
  readonly id: MeasureId;
  readonly goal: DespfGoal;
  /** Strategic cluster the measure belongs to under its goal. */
  readonly cluster: LocalText;
  readonly title: LocalText;
  readonly lead: CommitteeCode;
  readonly supporting: readonly CommitteeCode[];
  /** Digital Government Policy strategy (1-10) the measure serves; its strategic goal follows from it. */
  readonly dgpStrategy?: DgpStrategy;
  readonly leadInstitution?: string;
  /** Target year (e.g. "2025") or horizon ("short", "medium", "long"). */
  readonly target?: string;
  readonly provenance: Provenance;
}

export interface Catalogue {
  readonly version: string;
  /** Human description of where the catalogue came from. */
  readonly source: string;
  readonly measures: readonly Measure[];
  /** SHA-256 of the canonical content, computed by the loader, never trusted from a file. */
  readonly hash: string;
}
