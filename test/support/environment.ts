import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The one place that decides whether a test may run without a tool it needs. Locally a missing
 * tool skips the test with the reason printed; under CI (any truthy CI variable) it fails, so a
 * green CI run never hides a check that did not happen.
 */
export interface Tool {
  readonly name: string;
  /** Why the tool cannot be used here, or undefined when it can. */
  readonly missing: () => string | undefined;
}

export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false" && value !== "no";
}

export type Verdict = { readonly kind: "run" } | { readonly kind: "skip" | "fail"; readonly reason: string };

export function decide(reasons: ReadonlyArray<string | undefined>, ci: boolean): Verdict {
  const missing = reasons.filter((r): r is string => r !== undefined);
  if (missing.length === 0) return { kind: "run" };
  return { kind: ci ? "fail" : "skip", reason: missing.join("; ") };
}

function memo(check: () => string | undefined): () => string | undefined {
  let result: { value: string | undefined } | undefined;
  return () => (result ??= { value: check() }).value;
}

const fileTool = (name: string, paths: readonly string[], install: string): Tool => ({
  name,
  missing: memo(() => (paths.some((p) => existsSync(p)) ? undefined : `${name} not found at ${paths.join(" or ")} (${install})`)),
});

export const PYTHON = "/usr/bin/python3";
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SOFFICE_PATHS = ["/usr/bin/soffice", "/usr/bin/libreoffice"] as const;

export const TOOLS = {
  chromium: fileTool("Chromium", [CHROMIUM_PATH], "apt-get install chromium"),
  libreoffice: fileTool("LibreOffice", SOFFICE_PATHS, "apt-get install libreoffice-calc-nogui"),
  pdftotext: fileTool("pdftotext", ["/usr/bin/pdftotext"], "apt-get install poppler-utils"),
  xmllint: fileTool("xmllint", ["/usr/bin/xmllint"], "apt-get install libxml2-utils"),
  openpyxl: {
    name: "openpyxl",
    missing: memo(() => {
      try {
        execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "pipe" });
        return undefined;
      } catch (e) {
        return `${PYTHON} cannot import openpyxl (apt-get install python3-openpyxl): ${(e as Error).message.split("\n")[0]}`;
      }
    }),
  },
} satisfies Record<string, Tool>;

function verdictFor(tools: readonly Tool[]): Verdict {
  return decide(
    tools.map((t) => t.missing()),
    underCi(),
  );
}

/** `describe` that needs tools: runs, skips with the reason printed, or (under CI) fails. */
export function describeWith(tools: readonly Tool[], title: string, suite: () => void): void {
  const verdict = verdictFor(tools);
  if (verdict.kind === "run") return describe(title, suite);
  if (verdict.kind === "fail") {
    return describe(title, () => {
      it(`needs ${tools.map((t) => t.name).join(", ")} under CI`, () => {
        throw new Error(`cannot run under CI: ${verdict.reason}`);
      });
    });
  }
  console.warn(`Skipping "${title}": ${verdict.reason}`);
  describe.skip(title, suite);
}

/** `test` that needs tools: runs, skips with the reason printed, or (under CI) fails. */
export function testWith(tools: readonly Tool[], title: string, fn: jest.ProvidesCallback, timeout?: number): void {
  const verdict = verdictFor(tools);
  if (verdict.kind === "run") return test(title, fn, timeout);
  if (verdict.kind === "fail") {
    return test(title, () => {
      throw new Error(`cannot run under CI: ${verdict.reason}`);
    });
  }
  console.warn(`Skipping "${title}": ${verdict.reason}`);
  test.skip(title, fn);
}
