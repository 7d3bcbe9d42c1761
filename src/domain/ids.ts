/** Branded identifiers: a quarter string cannot be passed where a measure ID is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type MeasureId = Brand<string, "MeasureId">;
export type CommitteeCode = "DGC" | "DEBC" | "DSC";

/** Measure IDs: upper-case letters, digits, dots and dashes, starting with a letter or digit. */
export const MEASURE_ID_PATTERN = /^[A-Z0-9][A-Z0-9.-]{0,23}$/;

export function asMeasureId(raw: string): MeasureId | undefined {
  const id = raw.trim().toUpperCase();
  return MEASURE_ID_PATTERN.test(id) ? (id as MeasureId) : undefined;
}
