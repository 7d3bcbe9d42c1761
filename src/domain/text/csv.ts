import type { LocalText } from "./lang";

/** Where and why a CSV text is not well-formed; lines are 1-based, as an editor shows them. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly message: LocalText;
}

export type CsvParse = { readonly rows: string[][] } | { readonly error: CsvSyntaxError };

const SEPARATORS = [",", ";", "\t"] as const;

/**
 * RFC 4180 CSV: quoted fields with separators, quotes and line breaks; CRLF or LF; a UTF-8 BOM;
 * comma, semicolon or tab separators (Excel writes semicolons in some locales). A quote that is
 * never closed, or text straight after a closing quote, is an error with its line, never a guess:
 * swallowing the rest of the file would drop every measure after it without a word.
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let quotedFrom = 0; // the line a quoted field opened on; 0 outside quotes
  let afterQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quotedFrom) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quotedFrom = 0;
          afterQuote = true;
        }
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
      continue;
    }
    if (ch === separator || ch === "\n" || ch === "\r") {
      row.push(field);
      field = "";
      afterQuote = false;
      if (ch !== separator) {
        if (ch === "\r" && text[i + 1] === "\n") i++;
        rows.push(row);
        row = [];
        line++;
      }
    } else if (afterQuote) {
      return { error: { line, message: { en: `text after a closing quote (${JSON.stringify(ch)}): put the whole field in quotes`, km: `មានអក្សរបន្ទាប់ពីសញ្ញាសម្រង់បិទ (${JSON.stringify(ch)})៖ សូមដាក់វាលទាំងមូលក្នុងសញ្ញាសម្រង់` } } };
    } else if (ch === '"' && field === "") quotedFrom = line;
    else field += ch;
  }
  if (quotedFrom) {
    return { error: { line: quotedFrom, message: { en: "a quoted field opened here is never closed", km: "វាលដែលបើកដោយសញ្ញាសម្រង់នៅទីនេះ មិនត្រូវបានបិទទេ" } } };
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

/** The separator seen most often in the first record, outside quoted fields (a header may quote one). */
function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = SEPARATORS[0];
  for (const [s, n] of counts) if (n > counts.get(best)!) best = s;
  return best;
}
