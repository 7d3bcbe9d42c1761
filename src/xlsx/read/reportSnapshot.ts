import { parseCommittee } from "../../domain/catalogue/committees";
import { DESPF_GOAL_NUMBERS, type DespfGoal } from "../../domain/catalogue/goals";
import type { QuarterSnapshot, SnapshotMeasure, SnapshotSubmission } from "../../domain/consolidation/quarterSnapshot";
import { cellText, type Cell } from "../../domain/entries/cells";
import { serialToIso } from "../../domain/entries/entryParse";
import { parseQuarter } from "../../domain/periods/periods";
import { L } from "../../domain/report/reportLabels";
import type { Lang } from "../../domain/text/lang";
import { khmerToAsciiDigits, labelKey } from "../../domain/text/normalise";
import { openWorkbook, type WorkbookReader } from "./openWorkbook";
import { coverLine, refuse, reportLanguage, reportMeasureRows } from "./previousReport";
import { REPORT_SHEETS } from "../../domain/report/reportLabels";

/**
 * A quarterly report the Council received (English or Khmer), read back for the trend: its
 * quarter and catalogue from the cover, each committee's submissions from the cover's list, where
 * each measure stood from the Measures sheet. The same guarded reader as every other input.
 */

/** The trend's view of a report, or undefined when the bytes are not a Policy Tracker report. Throws a WorkbookReadError naming the file for a report missing what the trend needs. */
export function readReportSnapshot(bytes: Uint8Array, file: string): QuarterSnapshot | undefined {
  let workbook: WorkbookReader;
  let lang: Lang | undefined;
  try {
    workbook = openWorkbook(bytes, file);
    lang = reportLanguage(workbook);
  } catch {
    return undefined;
  }
  if (!lang) return undefined;
  const quarterText = coverLine(workbook, lang, L.quarter);
  const quarter = parseQuarter(quarterText.split(" (")[0] ?? "");
  if (!quarter) refuse(file, `the cover names no quarter ("${quarterText}")`, `ទំព័រដើមមិនបញ្ជាក់ត្រីមាស ("${quarterText}")`);
  return { source: baseName(file), quarter: quarter!, catalogue: catalogueOf(coverLine(workbook, lang, L.catalogue), lang), measures: measures(workbook, lang), submissions: submissions(workbook, lang) };
}

const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);

/** "version 2026.1 · content hash 538c0e56e6e6" (the cover writes it so). */
function catalogueOf(line: string, lang: Lang): { version: string; hash: string } {
  const [versionPart = "", hashPart = ""] = line.split(" · ");
  const after = (text: string, label: string) => (text.startsWith(`${label} `) ? text.slice(label.length + 1).trim() : text.trim());
  return { version: after(versionPart, L.version[lang]), hash: after(hashPart, L.hash[lang]) };
}

function measures(workbook: WorkbookReader, lang: Lang): SnapshotMeasure[] {
  return reportMeasureRows(workbook, lang).flatMap((row) => {
    const goal = Number(khmerToAsciiDigits(cellText(row.cells("goal"))));
    const lead = parseCommittee(cellText(row.cells("lead")));
    if (!DESPF_GOAL_NUMBERS.includes(goal as DespfGoal) || !lead) return []; // not a catalogue line
    return [{ id: row.id, goal: goal as DespfGoal, lead, title: cellText(row.cells("title")), status: row.status, ...(row.progress !== undefined ? { progress: row.progress } : {}) }];
  });
}

/**
 * The cover's "Submissions received" list: one line per file (committee, file, stamp, outcome), or
 * "No submission received" for a committee without one.
 */
function submissions(workbook: WorkbookReader, lang: Lang): SnapshotSubmission[] {
  const rows = workbook.readSheet(REPORT_SHEETS.cover[lang], { maxCols: 4 }).rows;
  const key = (cell: Cell | undefined) => labelKey(cellText(cell));
  const header = rows.findIndex((row) => key(row?.[0]) === labelKey(L.committee[lang]) && key(row?.[1]) === labelKey(L.file[lang]));
  if (header < 0) return [];
  const out: SnapshotSubmission[] = [];
  for (const row of rows.slice(header + 1)) {
    const label = cellText(row?.[0]);
    if (!label) break; // the blank row before the next block
    const committee = parseCommittee(label.split(" — ")[0] ?? "");
    if (!committee || key(row?.[1]) === labelKey(L.noSubmission[lang])) continue;
    const stamp = row?.[2];
    const submittedOn = typeof stamp?.value === "number" ? serialToIso(Math.floor(stamp.value), workbook.date1904) : undefined;
    out.push({ committee, accepted: key(row?.[3]) === labelKey(L.accepted[lang]), ...(submittedOn ? { submittedOn } : {}) });
  }
  return out;
}
