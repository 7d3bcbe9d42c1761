import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (apt-get install chromium); the tests never download a browser. CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

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

export type ChromiumCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function chromiumCheck(): ChromiumCheck {
  return existsSync(CHROMIUM_PATH)
    ? { ok: true }
    : { ok: false, reason: `${CHROMIUM_PATH} not found (install Debian's chromium package: apt-get install chromium)` };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh, throw-away profile and a task pane's viewport. */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "policy-tracker-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ARGS,
      viewport,
      locale: "en-US",
      timeout: 30_000,
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
