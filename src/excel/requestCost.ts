import { REQUEST_BUDGET_BYTES, type ExcelHost } from "./host";

/**
 * What a write costs in an Office.js request, measured on office.js's own serialization of the
 * gateway's batches (test/excel-fake/requestSize.test.ts). A request lists an object path and an
 * "instantiate" action for every proxy object the batch creates, then the actions themselves; in
 * Excel.run a range also gets a keep-reference action. So one write on a range the batch fetches
 * for it — `sheet.getRange("F7").format.fill.color = …`, an issue mark — is ~700-760 bytes
 * (getRange ~300, format and fill ~120 each, the action ~100, ids growing with the request), far
 * more than the value it carries.
 */
export const RANGE_WRITE_BYTES = 760;

/** Bytes of `count` writes on ranges fetched for them, plus the values they carry. */
export function rangeWriteBytes(count: number, valueBytes = 0): number {
  return count * RANGE_WRITE_BYTES + valueBytes;
}

/** Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance optimization for Office Add-ins"). */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Whether the 5 MB limit applies: on Excel on the web only, and — not knowing the platform — we
 * assume it does. Excel on Windows, Mac and iPad documents no such limit.
 */
export function webPayloadLimitApplies(host: ExcelHost): boolean {
  return host.platform === undefined || host.platform === "OfficeOnline";
}

/** Most bytes one request of a write that cannot be split should carry on this host. */
export function unsplitRequestBudget(host: ExcelHost): number {
  return webPayloadLimitApplies(host) ? REQUEST_BUDGET_BYTES : Number.POSITIVE_INFINITY;
}
