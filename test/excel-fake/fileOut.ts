/**
 * How a file leaves the task pane, on the fake:
 * - Excel.createWorkbook(base64) (ExcelApi 1.8) opens it as a new workbook of its own, which the
 *   user then saves; the file is decoded with the project's reader (a broken one is refused with
 *   InvalidArgument), and what opened is kept in `opened`. The 5 MB request limit applies to it as
 *   to any request.
 * - A browser download (a link with `download`) is saved where the pane's webview saves downloads:
 *   Excel on Windows (WebView2) and in a browser. Excel on Mac and on iPad (WKWebView) drop it
 *   without a word (office-js #2700, "by design"; #3385, #4681): it is then not in `downloads`.
 */
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { officeError } from "./errors";
import { decodeBase64 } from "./insertSheets";

const LOCATION = "Excel.createWorkbook";

/** Office.context.platform values whose webview does nothing with a download. */
export const PLATFORMS_DROPPING_DOWNLOADS: readonly string[] = ["Mac", "iOS"];

export interface OpenedWorkbook {
  /** Its sheets, in order. */
  readonly sheets: readonly string[];
  readonly bytes: number;
}

export interface SavedDownload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface FileOutHost {
  readonly platform: string;
  readonly requestLimitBytes: number;
  isSetSupported(name: string, version: string): boolean;
}

export class FileOut {
  readonly opened: OpenedWorkbook[] = [];
  readonly downloads: SavedDownload[] = [];

  constructor(private readonly host: FileOutHost) {}

  async createWorkbook(base64?: string): Promise<void> {
    await Promise.resolve();
    if (!this.host.isSetSupported("ExcelApi", "1.8")) throw officeError("ApiNotFound", LOCATION, "ExcelApi 1.8 is not supported by this host");
    if (base64 === undefined) {
      this.opened.push({ sheets: ["Sheet1"], bytes: 0 });
      return;
    }
    if (base64.length > this.host.requestLimitBytes) throw officeError("RequestPayloadSizeLimitExceeded", LOCATION, `${base64.length} bytes`);
    const bytes = decodeBase64(base64, LOCATION);
    try {
      this.opened.push({ sheets: openWorkbook(bytes, "new.xlsx").sheets.map((s) => s.name), bytes: bytes.byteLength });
    } catch (e) {
      if (e instanceof WorkbookReadError) throw officeError("InvalidArgument", LOCATION, e.message);
      throw e;
    }
  }

  /** What the pane's webview does with a download: saves it, or (Mac, iPad) nothing at all. */
  download(bytes: Uint8Array, fileName: string): void {
    if (PLATFORMS_DROPPING_DOWNLOADS.includes(this.host.platform)) return;
    this.downloads.push({ fileName, bytes });
  }
}
