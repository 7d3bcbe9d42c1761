/**
 * The strict Excel fake (test/excel-fake) as Office.js globals, for the task pane in Chromium.
 * Bundled by buildFake.ts and injected with page.addInitScript, so it runs before any page script:
 * `Excel.run` and `Excel.createWorkbook` are the fake's, `Office.onReady` resolves with host Excel,
 * requirement sets and `Office.context.platform` come from the fake (Excel on the web unless told),
 * a download from the page does nothing while the fake plays Excel on Mac or iPad (as their
 * webviews do), and `window.__fake` lets the test type, paste and read cells like a user would.
 * The page's office.js request is answered with an empty script (see the test), so nothing
 * replaces these globals.
 */
import { createExcelFake, type ExcelFakeOptions } from "../../excel-fake";
import { PLATFORMS_DROPPING_DOWNLOADS } from "../../excel-fake/fileOut";

export const FAKE_WORKBOOK_NAME = "DGC status (Excel fake).xlsx";

/** Options a test set before this script ran (paneSession.ts), e.g. the ExcelApi version to play. */
const options = (globalThis as { __fakeOptions?: ExcelFakeOptions }).__fakeOptions ?? {};
// Excel on the web unless a test says otherwise: what Office.onReady and Office.context.platform report.
const fake = createExcelFake({ workbookName: FAKE_WORKBOOK_NAME, platform: "OfficeOnline", ...options });
const ready = { host: "Excel", platform: fake.platform };

const office = {
  isExcelFake: true,
  HostType: { Excel: "Excel", Word: "Word" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady(callback?: (info: typeof ready) => void): Promise<typeof ready> {
    callback?.(ready);
    return Promise.resolve(ready);
  },
  context: {
    get platform() {
      return fake.platform;
    },
    requirements: {
      isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version ?? "1.1"),
    },
  },
};

Object.assign(globalThis, { Office: office, Excel: { run: fake.run, createWorkbook: fake.createWorkbook }, __fake: fake });

// WKWebView (Excel on Mac and iPad) ignores a link's download: the click leads nowhere. (Tests
// import this file in Node for its constants: there is no page there.)
if (typeof document !== "undefined") {
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[download]") : null;
      if (link && PLATFORMS_DROPPING_DOWNLOADS.includes(fake.platform)) event.preventDefault();
    },
    true,
  );
}
