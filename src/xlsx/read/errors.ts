import type { LocalText } from "../../domain/text/lang";

export type ReadErrorCode =
  | "empty"
  | "not-xlsx"
  | "legacy-or-encrypted"
  | "corrupt"
  | "too-large"
  | "missing-part"
  | "missing-sheet"
  | "too-many-cells"
  | "not-feedback";

/** A workbook that cannot be read: always names the file and says why, in both languages. */
export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly file: string,
    readonly reason: LocalText,
  ) {
    super(`${file}: ${reason.en}`);
    this.name = "WorkbookReadError";
  }
}
