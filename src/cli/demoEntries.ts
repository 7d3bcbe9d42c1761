import type { Catalogue, Measure } from "../domain/catalogue/catalogue";
import type { CommitteeCode, MeasureId } from "../domain/ids";
import type { Lang } from "../domain/text/lang";
import type { ColumnKey } from "../domain/statusSheet/columns";
import { committeeMeasures } from "../domain/catalogue/committeeMeasures";
import { isoToSerial } from "../domain/entries/entryParse";
import { quarterRange, type IsoDate, type Quarter } from "../domain/periods/periods";
import { seededRandom as random } from "../domain/seededRandom";
import { statusLabel, type StatusCode } from "../domain/entries/status";

export type DemoEntries = Map<MeasureId, Partial<Record<ColumnKey, string | number | null>>>;

const TEXT = {
  achievements: {
    en: ["Draft approved by the working group", "Consultation held with line ministries", "Pilot launched in two provinces", "Terms of reference finalised", "Training delivered to 120 officials", "Technical specifications published"],
    km: ["សេចក្តីព្រាងត្រូវបានអនុម័តដោយក្រុមការងារ", "បានរៀបចំកិច្ចពិគ្រោះយោបល់ជាមួយក្រសួងពាក់ព័ន្ធ", "បានដាក់ឱ្យដំណើរការសាកល្បងនៅខេត្តពីរ", "លក្ខខណ្ឌការងារត្រូវបានបញ្ចប់", "បានបណ្តុះបណ្តាលមន្ត្រី ១២០ នាក់"],
  },
  challenges: {
    en: ["Procurement took longer than planned", "Budget release delayed", "Awaiting inter-ministerial approval", "Shortage of specialised staff"],
    km: ["លទ្ធកម្មចំណាយពេលយូរជាងគ្រោង", "ការបញ្ចេញថវិកាយឺតយ៉ាវ", "កំពុងរង់ចាំការអនុម័តអន្តរក្រសួង", "ខ្វះបុគ្គលិកជំនាញ"],
  },
  nextSteps: {
    en: ["Submit the draft to the Council", "Complete procurement next quarter", "Extend the pilot nationwide", "Recruit two specialists"],
    km: ["ដាក់សេចក្តីព្រាងជូនក្រុមប្រឹក្សា", "បញ្ចប់លទ្ធកម្មនៅត្រីមាសបន្ទាប់", "ពង្រីកការសាកល្បងទូទាំងប្រទេស", "ជ្រើសរើសអ្នកជំនាញពីរនាក់"],
  },
  officers: ["Sok Dara", "Chan Sophea", "Keo Vanna", "Lim Bopha", "Heng Rithy"],
};

function pickStatus(r: number, quarterIndex: number): StatusCode {
  if (r < 0.12 - quarterIndex * 0.04) return "not-started";
  if (r < 0.6) return "on-track";
  if (r < 0.72) return "at-risk";
  if (r < 0.82) return "delayed";
  if (r < 0.97) return quarterIndex > 0 || r < 0.9 ? "completed" : "on-track";
  return "discontinued";
}

/**
 * Realistic entries for one committee and quarter. `quarterIndex` 0 is the earlier quarter; later
 * quarters move forward from it. With `plantProblems`, a few rows carry the mistakes officials make.
 */
export function demoEntries(catalogue: Catalogue, committee: CommitteeCode, quarter: Quarter, quarterIndex: number, lang: Lang, plantProblems: boolean): DemoEntries {
  const rnd = random(committee.length * 7919 + 17);
  const entries: DemoEntries = new Map();
  committeeMeasures(catalogue, committee).forEach((m: Measure, i) => {
    const r = rnd();
    const status = pickStatus(rnd(), quarterIndex);
    const base = Math.floor(r * 60) + quarterIndex * 15;
    const progress = status === "completed" ? 100 : status === "not-started" ? 0 : Math.min(95, base + 5);
    entries.set(m.id, demoRow(m, i, status, progress, quarter, lang, rnd));
  });
  if (plantProblems) plant(entries, lang);
  return entries;
}

/**
 * One measure's row as an official fills it in for `quarter`: the status and progress given, texts
 * that fit the status (the rules' At risk / Delayed ⇒ challenges and next steps), a planned date, a
 * budget, sometimes an evidence link. `completedOn`: when a Completed measure was completed (default:
 * in this quarter).
 */
export function demoRow(m: Measure, i: number, status: StatusCode, progress: number, quarter: Quarter, lang: Lang, rnd: () => number, completedOn?: IsoDate): Partial<Record<ColumnKey, string | number | null>> {
  const { start, end } = quarterRange(quarter);
  const text = (kind: "achievements" | "challenges" | "nextSteps") => {
    const bank = TEXT[kind][lang];
    return bank[Math.floor(rnd() * bank.length)]!;
  };
  const year = 2026 + Math.floor(rnd() * 4);
  const row: Partial<Record<ColumnKey, string | number | null>> = {
    status: statusLabel(status, lang),
    progress,
    plannedCompletion: isoToSerial(`${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-28` as IsoDate),
    achievements: status === "not-started" ? null : text("achievements"),
    challenges: status === "at-risk" || status === "delayed" || status === "discontinued" ? text("challenges") : null,
    nextSteps: status === "completed" || status === "discontinued" ? null : text("nextSteps"),
    budgetPlanned: Math.round(rnd() * 50) * 10_000,
    evidence: rnd() < 0.5 ? `https://mptc.gov.kh/reports/${m.id.toLowerCase()}` : null,
    officer: TEXT.officers[i % TEXT.officers.length]!,
  };
  if (status === "completed") row.actualCompletion = isoToSerial(completedOn ?? ((rnd() < 0.5 ? start : end) as IsoDate));
  if (row.budgetPlanned) row.budgetSpent = Math.round(Number(row.budgetPlanned) * (progress / 100) * 0.9);
  return row;
}

/** The mistakes the demo shows the rules catching. */
function plant(entries: DemoEntries, lang: Lang): void {
  const rows = [...entries.values()];
  const set = (i: number, change: Partial<Record<ColumnKey, string | number | null>>) => rows[i] && Object.assign(rows[i]!, change);
  set(1, { status: statusLabel("completed", lang), progress: 90 }); // Completed below 100%, no date
  set(3, { status: statusLabel("delayed", lang), nextSteps: null }); // Delayed without next steps
  set(5, { progress: "120" }); // out of range, typed as text
  set(7, { evidence: "on the shared drive" }); // not a link
  set(9, { achievements: '=HYPERLINK("http://example.invalid","click")' }); // formula-like text
  set(11, { status: null, progress: null, achievements: null, nextSteps: null }); // left blank: not reported
}
