/**
 * How many bytes office.js puts in a request, modelled on its own serialization (measured with
 * officeJsRecorder.ts, checked by requestSize.test.ts). A request is JSON with two lists:
 *
 * - ObjectPaths: one entry per proxy object the batch created — the workbook, a property such as
 *   `range.format` or `format.fill` (~70 bytes), or an object a method returned, such as
 *   `sheet.getRange("F4:F9")` (~100 bytes with its arguments);
 * - Actions: an "instantiate" action for every object created (~50 bytes), then the batch's own
 *   actions — a property set, a method call or a load (~75 bytes plus the JSON of the arguments).
 *   Inside Excel.run a range also gets a `_KeepReference` action and a second instantiate (~140).
 *
 * Ids count up through the request, so each entry grows by a few bytes in large requests. A mark
 * (getRange + format + fill + color) is ~700 bytes, not the ~50 a count of actions suggests.
 */

/** The request envelope with the workbook's path and one collection (worksheets, tables …). */
export const REQUEST_BASE_BYTES = 260;
/** Path and instantiate action of an object returned by a method or indexer (getRange, getItem, add …). */
export const METHOD_OBJECT_BYTES = 150;
/** Path and instantiate action of an object reached through a property (format, fill, protection …). */
export const PROPERTY_OBJECT_BYTES = 120;
/** The `_KeepReference` action and second instantiate Excel.run adds for ranges. */
export const KEEP_REFERENCE_BYTES = 140;
/** A property set, method call or load, without its arguments. */
export const ACTION_BYTES = 75;
/** Id occurrences in one entry (its id, its object's or parent's id, the last-use list). */
const IDS_PER_ENTRY = 3;

const REFERENCED_TYPES = new Set(["Range", "RangeAreas"]);

/** Extra bytes of an entry for the digits of its ids: ids count the entries of the request. */
function idDigits(entry: number): number {
  return IDS_PER_ENTRY * (String(Math.max(1, entry)).length - 1);
}

/** Entries (paths and actions) a new proxy object adds: a path and its instantiate action, two more for a kept range. */
export function objectEntries(typeName: string, byMethod: boolean): number {
  return byMethod && REFERENCED_TYPES.has(typeName) ? 4 : 2;
}

/** Bytes a new proxy object adds to the request it is created in, whose entries so far are `entry`. */
export function objectBytes(typeName: string, byMethod: boolean, entry: number): number {
  const path = byMethod ? METHOD_OBJECT_BYTES : PROPERTY_OBJECT_BYTES;
  const keep = objectEntries(typeName, byMethod) === 4 ? KEEP_REFERENCE_BYTES : 0;
  return path + keep + objectEntries(typeName, byMethod) * idDigits(entry);
}

/** Bytes of an action with its arguments (the JSON the fake queues for it). */
export function actionBytes(payloadJsonBytes: number, entry: number): number {
  return ACTION_BYTES + payloadJsonBytes + idDigits(entry);
}
