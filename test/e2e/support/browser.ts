import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

import { CHROMIUM_PATH } from "../../support/environment";

export { CHROMIUM_PATH };

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Chromium with a fresh, throw-away profile and a task pane's viewport. `ignoreHTTPSErrors` for a
 * server with a self-signed certificate made by the test.
 */
export async function launchChromium(viewport: { width: number; height: number }, options: { ignoreHTTPSErrors?: boolean } = {}): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "policy-tracker-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ARGS,
      viewport,
      locale: "en-US",
      timeout: 30_000,
      ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    });
    return {
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
