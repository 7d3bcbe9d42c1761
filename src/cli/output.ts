import { describeLocation, type Problem } from "../domain/rules/problems";
import type { Lang } from "../domain/text/lang";
import { WorkbookReadError } from "../xlsx/read/errors";

/** CLI exit codes: a contract (scripts rely on them; the README lists them). */
export const EXIT = { ok: 0, errorsFound: 1, usage: 2 } as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** One line per problem, naming the file first so it can be grepped. */
export function problemLine(p: Problem, lang: Lang = "en"): string {
  const where = describeLocation(p.where);
  return `${where ? `${where}: ` : ""}${p.severity}: ${p.message[lang]} [${p.code}]`;
}

export function readErrorLine(e: unknown, file: string): string {
  if (e instanceof WorkbookReadError) return `${e.file}: error: ${e.reason.en} [read.${e.code}]`;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${file}: error: no such file`;
  if (code === "EISDIR") return `${file}: error: is a folder, not a file`;
  if (code === "EACCES") return `${file}: error: permission denied`;
  return `${file}: error: ${(e as Error)?.message ?? String(e)}`;
}
