import type { Page } from "playwright-core";
import type { ExcelFake } from "../../excel-fake";

/**
 * Runs `fn` in the page on the fake workbook (window.__fake). `fn` is sent as source, so it may use
 * only its arguments: pass anything else (constants from src/) in `arg`.
 */
export async function onFake<R, A = undefined>(page: Page, fn: (fake: ExcelFake, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return (await page.evaluate(
    ([source, value]) => {
      const run = (0, eval)(`(${source})`) as (fake: unknown, arg: unknown) => unknown;
      return run((window as unknown as { __fake: unknown }).__fake, value);
    },
    [fn.toString(), arg] as const,
  )) as R;
}
