import { parseCommittee } from "../../domain/catalogue/committees";
import type { Feedback, FeedbackHeader, FeedbackItem } from "../../domain/consolidation/feedback";
import {
  FEEDBACK_COLUMNS,
  FEEDBACK_FORMAT_VERSION,
  FEEDBACK_ITEM_FIELDS,
  FEEDBACK_KIND,
  FEEDBACK_META_SHEET,
  FEEDBACK_SHEET,
  type FeedbackMetaKey,
} from "../../domain/consolidation/feedbackSheet";
import { cellText } from "../../domain/entries/cells";
import { parseQuarter } from "../../domain/periods/periods";
import { META_SHEET, STATUS_COLUMNS, type ColumnKey } from "../../domain/statusSheet/columns";
import type { LocalText } from "../../domain/text/lang";
import { labelKey } from "../../domain/text/normalise";
import { WorkbookReadError } from "./errors";
import { openWorkbook, type WorkbookReader } from "./openWorkbook";

/** No feedback comes near this many items: a committee's table has at most a few hundred cells with issues. */
const MAX_ITEMS = 20_000;

const refuse = (file: string, reason: LocalText): never => {
  throw new WorkbookReadError("not-feedback", file, reason);
};

/**
 * A feedback file as the secretariat sent it: its header and items from the very-hidden sheet, the
 * comments from the readable sheet (matched by item number, so the rows may have been sorted or
 * filtered; an item whose row was deleted there is not sent). Anything else is refused with a
 * message that says what the file is instead.
 */
export function readFeedback(bytes: Uint8Array, file: string): Feedback {
  const workbook = openWorkbook(bytes, file);
  if (!workbook.sheets.some((s) => s.name === FEEDBACK_META_SHEET)) {
    if (workbook.sheets.some((s) => s.name === META_SHEET)) {
      refuse(file, {
        en: "this is a status workbook, not a feedback file: open the feedback file the secretariat sent (feedback-2026-Q3-DGC.xlsx, say)",
        km: "នេះជាសៀវភៅការងារស្ថានភាព មិនមែនជាឯកសារមតិកែលម្អទេ៖ សូមបើកឯកសារមតិកែលម្អដែលលេខាធិការដ្ឋានបានផ្ញើ (ឧ. feedback-2026-Q3-DGC.xlsx)",
      });
    }
    refuse(file, { en: "not a Policy Tracker feedback file (it has no feedback sheet)", km: "មិនមែនជាឯកសារមតិកែលម្អរបស់ Policy Tracker ទេ (គ្មានសន្លឹកមតិកែលម្អ)" });
  }
  const meta = workbook.readSheet(FEEDBACK_META_SHEET, { maxRows: MAX_ITEMS + 20, maxCols: FEEDBACK_ITEM_FIELDS.length });
  const text = (r: number, c: number) => cellText(meta.rows[r]?.[c]).trim();
  const values = new Map<string, string>();
  let r = 0;
  for (; r < meta.rows.length && text(r, 0) !== ""; r++) values.set(text(r, 0), text(r, 1));
  const value = (key: FeedbackMetaKey) => values.get(key) ?? "";
  const damaged = (what: string, km: string): never => refuse(file, { en: `the feedback file is damaged: ${what}`, km: `ឯកសារមតិកែលម្អខូច៖ ${km}` });
  if (value("kind") !== FEEDBACK_KIND) refuse(file, { en: "not a Policy Tracker feedback file", km: "មិនមែនជាឯកសារមតិកែលម្អរបស់ Policy Tracker ទេ" });
  if (value("formatVersion") !== FEEDBACK_FORMAT_VERSION) {
    refuse(file, { en: `made by another version of Policy Tracker (format ${value("formatVersion") || "?"}): update the add-in`, km: "បង្កើតដោយកំណែផ្សេងនៃ Policy Tracker៖ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធីបន្ថែម" });
  }
  const committee = parseCommittee(value("committee"));
  const quarter = parseQuarter(value("quarter"));
  if (!committee || !quarter) damaged(`committee "${value("committee")}" or quarter "${value("quarter")}" not known`, "មិនស្គាល់គណៈកម្មាធិការ ឬត្រីមាស");
  const header: FeedbackHeader = {
    committee: committee!,
    quarter: quarter!,
    language: value("language") === "km" ? "km" : "en",
    catalogueVersion: value("catalogueVersion"),
    catalogueHash: value("catalogueHash"),
    file: value("file"),
    ...(value("submittedAt") ? { submittedAt: value("submittedAt") } : {}),
  };

  // The items, after the empty row and their header.
  const first = r + 2;
  if (text(first - 1, 0) !== FEEDBACK_ITEM_FIELDS[0]) damaged("its items are missing", "បាត់ចំណុចកែតម្រូវ");
  const columns = new Set<string>(STATUS_COLUMNS.map((c) => c.key));
  const items = new Map<number, FeedbackItem>();
  for (let i = first; i < meta.rows.length && text(i, 0) !== ""; i++) {
    const [number, measureId, column, rule, severity, seen, message] = FEEDBACK_ITEM_FIELDS.map((_, c) => (c >= 5 ? cellText(meta.rows[i]?.[c]) : text(i, c)));
    if (!columns.has(column!) || (severity !== "error" && severity !== "warning") || !rule || !/^\d+$/.test(number!)) damaged(`item row ${i + 1}`, `ជួរដេក ${i + 1}`);
    items.set(Number(number), { measureId: measureId!, column: column as ColumnKey, rule: rule!, severity: severity as "error" | "warning", value: seen!, message: message!, comment: "" });
  }
  if (String(items.size) !== value("items")) damaged(`${value("items")} items announced, ${items.size} found`, "ចំនួនចំណុចមិនត្រូវគ្នា");

  const kept = readableRows(workbook);
  const list = kept ? [...kept].flatMap(([n, comment]) => (items.has(n) ? [{ ...items.get(n)!, comment }] : [])) : [...items.values()];
  return { header, items: list };
}

const labelKeys = (key: (typeof FEEDBACK_COLUMNS)[number]["key"]): ReadonlySet<string> => {
  const { label } = FEEDBACK_COLUMNS.find((c) => c.key === key)!;
  return new Set([labelKey(label.en), labelKey(label.km)]);
};
const NUMBER_KEYS = labelKeys("number");
const COMMENT_KEYS = labelKeys("comment");

/**
 * Item number → the secretariat's comment, from the readable sheet in the order of its rows;
 * undefined when that sheet or its header cannot be found (then every item is sent, uncommented).
 */
function readableRows(workbook: WorkbookReader): Map<number, string> | undefined {
  const sheet = workbook.sheets.find((s) => s.name === FEEDBACK_SHEET.en || s.name === FEEDBACK_SHEET.km) ?? workbook.sheets.find((s) => s.state === "visible");
  if (!sheet) return undefined;
  const data = workbook.readSheet(sheet.name, { maxRows: MAX_ITEMS + 20, maxCols: FEEDBACK_COLUMNS.length + 10 });
  for (let r = 0; r < Math.min(20, data.rows.length); r++) {
    const labels = Array.from(data.rows[r] ?? [], (c) => labelKey(cellText(c)));
    const numberCol = labels.findIndex((l) => NUMBER_KEYS.has(l));
    const commentCol = labels.findIndex((l) => COMMENT_KEYS.has(l));
    if (numberCol < 0) continue;
    const out = new Map<number, string>();
    for (let i = r + 1; i < data.rows.length; i++) {
      const n = cellText(data.rows[i]?.[numberCol]).trim();
      if (!/^\d+$/.test(n)) continue;
      out.set(Number(n), commentCol < 0 ? "" : cellText(data.rows[i]?.[commentCol]).trim());
    }
    return out;
  }
  return undefined;
}
