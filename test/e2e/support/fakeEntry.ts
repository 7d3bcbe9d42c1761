/**
 * The strict Excel fake (test/excel-fake) as Office.js globals, for the task pane in Chromium.
 * Bundled by buildFake.ts and injected with page.addInitScript, so it runs before any page script:
 * `Excel.run` is the fake's run, `Office.onReady` resolves with host Excel, requirement sets come
 * from the fake, and `window.__fake` lets the test type, paste and read cells like a user would.
 * The page's office.js request is answered with an empty script (see the test), so nothing
 * replaces these globals.
 */
import { createExcelFake } from "../../excel-fake";

export const FAKE_WORKBOOK_NAME = "DGC status (Excel fake).xlsx";

const fake = createExcelFake({ workbookName: FAKE_WORKBOOK_NAME });
const ready = { host: "Excel", platform: "OfficeOnline" };

const office = {
  isExcelFake: true,
  HostType: { Excel: "Excel", Word: "Word" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady(callback?: (info: typeof ready) => void): Promise<typeof ready> {
    callback?.(ready);
    return Promise.resolve(ready);
  },
  context: {
    requirements: {
      isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version ?? "1.1"),
    },
  },
};

Object.assign(globalThis, { Office: office, Excel: { run: fake.run }, __fake: fake });
