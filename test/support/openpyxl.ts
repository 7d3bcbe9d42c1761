import { execFileSync } from "node:child_process";

/** openpyxl (Debian python3-openpyxl) run as /usr/bin/python3: an independent reader of our files. */
export const PYTHON = "/usr/bin/python3";

/** Why openpyxl cannot be used here, or undefined when it can (tests skip with the reason). */
export function openpyxlMissing(): string | undefined {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "pipe" });
    return undefined;
  } catch (e) {
    return `${PYTHON} cannot import openpyxl (apt-get install python3-openpyxl): ${(e as Error).message.split("\n")[0]}`;
  }
}
