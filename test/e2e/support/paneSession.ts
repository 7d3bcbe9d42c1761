/**
 * One set-up for every browser test of the task pane: build the pane, serve it on 127.0.0.1, open
 * it in Debian's Chromium at a task pane's size, keep every request on this machine, and record
 * requests, failures and errors for the final checks. With `fake`, the strict Excel fake is
 * installed as the Office.js globals before any of the page's scripts, and office.js is kept out.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import type { ExcelFakeOptions } from "../../excel-fake";
import { TOOLS, describeWith } from "../../support/environment";
import { launchChromium, type Browser } from "./browser";
import { buildFake } from "./buildFake";
import { ROOT, buildPane } from "./buildPane";
import { serveStatic, type StaticServer } from "./staticServer";

export const OUT = path.join(ROOT, "test-output");
export const SCREENSHOTS = path.join(OUT, "screenshots");
export const PANE = { width: 350, height: 700 };
/** jest.config.js gives the e2e project a testTimeout, but Jest reads that option only globally. */
// The pane is built with webpack first: minutes on a loaded 2-core machine.
export const SETUP_TIMEOUT = 300_000;
export const STEP_TIMEOUT = 30_000;

/** What office.js is answered with on a page where the fake, installed earlier, plays Office. */
const OFFICE_JS_STUB = "/* office.js is not loaded here: the Excel fake (page.addInitScript) plays Office. */\n";

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1" || hostname === "localhost";
}

export interface PaneSessionOptions {
  /** Where the pane is built (each test file its own, so files can run side by side). */
  readonly dist: string;
  /** Install the Excel fake, built into `scriptDir`, created with `options`. */
  readonly fake?: { readonly scriptDir: string; readonly options?: Pick<ExcelFakeOptions, "excelApi" | "platform"> };
}

export interface PaneSession {
  readonly page: Page;
  readonly origin: string;
  /** When the page's load event fired (Date.now()). */
  readonly loadedAt: number;
  readonly requests: string[];
  readonly failedRequests: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  /** Dedicated workers the page started (their script URLs). */
  readonly workers: string[];
  close(): Promise<void>;
}

export async function openPane(options: PaneSessionOptions): Promise<PaneSession> {
  const { dist, fake } = options;
  await Promise.all([rm(dist, { recursive: true, force: true }), fake && rm(fake.scriptDir, { recursive: true, force: true }), mkdir(SCREENSHOTS, { recursive: true })]);
  const [, fakeScript] = await Promise.all([buildPane(dist), fake && buildFake(fake.scriptDir)]);
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
  };
  try {
    server = await serveStatic(dist);
    browser = await launchChromium(PANE);
    const requests: string[] = [];
    const failedRequests: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const workers: string[] = [];
    browser.context.on("request", (request) => requests.push(request.url()));
    await browser.context.route(
      (url) => !isLocal(url.href),
      (route) => route.abort("blockedbyclient"),
    );
    if (fake) {
      // Keep office.js out of this page: it would replace the fake's Office and Excel globals.
      await browser.context.route(
        (url) => isLocal(url.href) && url.pathname === "/office-js/office.js",
        (route) => route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: OFFICE_JS_STUB }),
      );
    }
    browser.context.on("requestfailed", (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(10_000);
    if (fake && fakeScript) {
      // Before any of the page's scripts, on every load of the page: the fake's options, then the fake.
      await page.addInitScript((o) => Object.assign(globalThis, { __fakeOptions: o }), fake.options ?? {});
      await page.addInitScript({ path: fakeScript });
    }
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${message.text()} @ ${message.location().url}`);
    });
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
    return { page, origin: server.origin, loadedAt: Date.now(), requests, failedRequests, pageErrors, consoleErrors, workers, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens the pane before the suite's tests and closes it after them, even when opening failed or
 * timed out. The returned object is filled in once the pane is open.
 */
export function usePane(options: PaneSessionOptions): PaneSession {
  const session = {} as { -readonly [K in keyof PaneSession]: PaneSession[K] };
  let setup: Promise<void> | undefined;
  beforeAll(() => (setup = openPane(options).then((opened) => void Object.assign(session, opened))), SETUP_TIMEOUT);
  afterAll(async () => {
    await setup?.catch(() => undefined);
    await session.close?.();
  }, SETUP_TIMEOUT);
  return session;
}

/** `describe` that needs Debian's Chromium: skipped with the reason locally, failing under CI. */
export function describeInChromium(title: string, suite: () => void): void {
  describeWith([TOOLS.chromium], title, suite);
}
