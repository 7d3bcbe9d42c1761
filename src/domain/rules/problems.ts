import type { LocalText } from "../text/lang";

export type Severity = "error" | "warning";

/** Where a problem is: any of file, sheet, cell (A1), row (1-based, as the user sees it), column label. */
export interface Location {
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly row?: number;
  readonly column?: string;
}

/** Errors are values: a stable code, a severity, a location and a message in both languages. */
export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: LocalText;
  readonly where: Location;
}

export function problem(code: string, message: LocalText, where: Location = {}, severity: Severity = "error"): Problem {
  return { code, severity, message, where };
}

export function describeLocation(where: Location): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.sheet) parts.push(`sheet ${where.sheet}`);
  if (where.cell) parts.push(`cell ${where.cell}`);
  else if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column && !where.cell) parts.push(`column ${where.column}`);
  return parts.join(", ");
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
