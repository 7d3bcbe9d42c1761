import type { WorkbookInfo } from "../excel/workbookInfo";
import type { PaneStrings } from "./strings";

/** Where the pane is running, as far as Office.onReady told us. */
export type PaneHost =
  | { readonly kind: "starting" }
  | { readonly kind: "browser" }
  | { readonly kind: "excel" }
  | { readonly kind: "other"; readonly host: string }
  | { readonly kind: "unavailable" };

export type WorkbookState =
  | { readonly state: "idle" }
  | { readonly state: "loading" }
  | { readonly state: "loaded"; readonly info: WorkbookInfo }
  | { readonly state: "failed" };

/** Office.onReady's host: null/undefined in a plain browser. (Office.HostType values are these strings.) */
export function paneHost(host: Office.HostType | null | undefined): PaneHost {
  if (host === null || host === undefined) return { kind: "browser" };
  if (String(host) === "Excel") return { kind: "excel" };
  return { kind: "other", host: String(host) };
}

export function statusText(host: PaneHost, workbook: WorkbookState, t: PaneStrings): string {
  switch (host.kind) {
    case "starting":
      return t.starting;
    case "browser":
      return t.outsideExcel;
    case "other":
      return t.otherHost(host.host);
    case "unavailable":
      return t.officeUnavailable;
    case "excel":
      switch (workbook.state) {
        case "idle":
        case "loading":
          return t.readingWorkbook;
        case "failed":
          return t.workbookUnreadable;
        case "loaded":
          return workbook.info.name === null ? t.workbookNameUnsupported : t.workbookName(workbook.info.name);
      }
  }
}

/** Office errors carry a stable `code` beside a localised message: show both. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}
