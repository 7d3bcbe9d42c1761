import type { Catalogue, Measure } from "./catalogue";
import type { MeasureId } from "../ids";
import { problem, type Location, type Problem } from "../rules/problems";
import { canonicalJson, sha256Hex } from "./sha256";

/** Each measure's canonical JSON: a measure shared by two catalogues (buildMeasure's memo) is written once. */
const canonicalMeasures = new WeakMap<Measure, string>();

/** Content hash: measures in ID order, keys sorted; the version string is not part of it. */
export function catalogueHash(measures: readonly Measure[]): string {
  const sorted = [...measures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // canonicalJson(sorted), one measure at a time.
  let json = "[";
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    let text = canonicalMeasures.get(m);
    if (text === undefined) canonicalMeasures.set(m, (text = canonicalJson(m)));
    json += i === 0 ? text : "," + text;
  }
  return sha256Hex(json + "]");
}

export function makeCatalogue(version: string, source: string, measures: readonly Measure[]): Catalogue {
  return { version, source, measures, hash: catalogueHash(measures) };
}

/** The first 12 hex digits: enough to tell catalogues apart in a sheet or a file name. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export interface Placed<T> {
  readonly value: T;
  readonly where: Location;
}

/** Keeps the first of each ID and reports every later duplicate with both places. */
export function dropDuplicateIds(placed: readonly Placed<Measure>[]): { measures: Measure[]; problems: Problem[] } {
  const seen = new Map<MeasureId, Location>();
  const measures: Measure[] = [];
  const problems: Problem[] = [];
  for (const { value, where } of placed) {
    const first = seen.get(value.id);
    if (first) {
      const firstAt = first.row !== undefined ? `row ${first.row}` : "an earlier entry";
      problems.push(
        problem(
          "catalogue.id-duplicate",
          { en: `Measure ID ${value.id} is a duplicate of ${firstAt}`, km: `លេខសម្គាល់វិធានការ ${value.id} ស្ទួននឹង ${firstAt}` },
          { ...where, column: "id" },
        ),
      );
      continue;
    }
    seen.set(value.id, where);
    measures.push(value);
  }
  return { measures, problems };
}

/** Built once per catalogue (they are immutable): the table rules and digests ask for it for every file. */
const indexes = new WeakMap<Catalogue, ReadonlyMap<MeasureId, Measure>>();

export function measureIndex(catalogue: Catalogue): ReadonlyMap<MeasureId, Measure> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.measures.map((m) => [m.id, m]));
    indexes.set(catalogue, index);
  }
  return index;
}
