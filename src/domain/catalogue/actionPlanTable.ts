import { problem, type Problem } from "../rules/problems";
import { parseCsv } from "../text/csv";
import type { ImportedTable } from "./catalogueImport";

/** An action plan read as a table of cell text, or why the file could not be read as one. */
export type TableRead = { readonly table: ImportedTable } | { readonly problem: Problem };

/** Action plans kept as text: CSV as Excel saves it, or tab-separated. */
export function isTextTable(file: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(file);
}

/** A CSV action plan as a table; malformed CSV is one problem naming its line. */
export function csvTable(text: string, file: string): TableRead {
  const parsed = parseCsv(text);
  if ("error" in parsed) {
    const { line, message } = parsed.error;
    return {
      problem: problem(
        "import.csv-syntax",
        { en: `malformed CSV at line ${line}: ${message.en}`, km: `CSV មិនត្រឹមត្រូវនៅបន្ទាត់ ${line}៖ ${message.km}` },
        { file, row: line },
      ),
    };
  }
  return { table: { file, rows: parsed.rows } };
}
