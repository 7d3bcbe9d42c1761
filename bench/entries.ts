/**
 * Varied, realistic entries for the benchmark's submissions: like src/cli/demoEntries.ts, but seeded
 * per file so every workbook's texts and numbers differ, with long texts, Khmer text, evidence
 * links (written as real hyperlinks by generate.ts) and, in some files, the mistakes officials make.
 */
import type { Catalogue, Measure } from "../src/domain/catalogue/catalogue";
import { committeeMeasures } from "../src/domain/catalogue/committeeMeasures";
import { isoToSerial } from "../src/domain/entries/entryParse";
import type { CommitteeCode, MeasureId } from "../src/domain/ids";
import type { Lang } from "../src/domain/text/lang";
import type { ColumnKey } from "../src/domain/statusSheet/columns";
import { quarterRange, type IsoDate, type Quarter } from "../src/domain/periods/periods";
import { seededRandom as random } from "../src/domain/seededRandom";
import { statusLabel, type StatusCode } from "../src/domain/entries/status";

export { random };

export type EntryRow = Partial<Record<ColumnKey, string | number | null>>;
export type Entries = Map<MeasureId, EntryRow>;

const BANK: Record<"achievements" | "challenges" | "nextSteps", Record<Lang, string[]>> = {
  achievements: {
    en: [
      "Draft approved by the working group",
      "Consultation held with line ministries",
      "Pilot launched in two provinces",
      "Terms of reference finalised",
      "Training delivered to 120 officials",
      "Technical specifications published",
      "Data-sharing agreement signed with the General Department of Taxation",
      "Inter-ministerial task force met twice and agreed the roadmap",
      "Procurement of cloud hosting completed for the national data centre",
      "User testing with 40 commune officials in Siem Reap and Battambang",
    ],
    km: [
      "សេចក្តីព្រាងត្រូវបានអនុម័តដោយក្រុមការងារ",
      "បានរៀបចំកិច្ចពិគ្រោះយោបល់ជាមួយក្រសួងពាក់ព័ន្ធ",
      "បានដាក់ឱ្យដំណើរការសាកល្បងនៅខេត្តពីរ",
      "លក្ខខណ្ឌការងារត្រូវបានបញ្ចប់",
      "បានបណ្តុះបណ្តាលមន្ត្រី ១២០ នាក់",
      "បានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងចែករំលែកទិន្នន័យជាមួយអគ្គនាយកដ្ឋានពន្ធដារ",
      "ក្រុមការងារអន្តរក្រសួងបានប្រជុំពីរដង និងឯកភាពលើផែនទីបង្ហាញផ្លូវ",
    ],
  },
  challenges: {
    en: [
      "Procurement took longer than planned",
      "Budget release delayed",
      "Awaiting inter-ministerial approval",
      "Shortage of specialised staff",
      "Vendor contract under review by the Ministry of Economy and Finance",
      "Connectivity in rural districts remains unreliable",
    ],
    km: ["លទ្ធកម្មចំណាយពេលយូរជាងគ្រោង", "ការបញ្ចេញថវិកាយឺតយ៉ាវ", "កំពុងរង់ចាំការអនុម័តអន្តរក្រសួង", "ខ្វះបុគ្គលិកជំនាញ", "ការតភ្ជាប់អ៊ីនធឺណិតនៅតំបន់ជនបទនៅតែមិនទាន់ល្អ"],
  },
  nextSteps: {
    en: [
      "Submit the draft to the Council",
      "Complete procurement next quarter",
      "Extend the pilot nationwide",
      "Recruit two specialists",
      "Hold the validation workshop with development partners",
      "Publish the guidelines on the ministry website",
    ],
    km: ["ដាក់សេចក្តីព្រាងជូនក្រុមប្រឹក្សា", "បញ្ចប់លទ្ធកម្មនៅត្រីមាសបន្ទាប់", "ពង្រីកការសាកល្បងទូទាំងប្រទេស", "ជ្រើសរើសអ្នកជំនាញពីរនាក់", "ផ្សព្វផ្សាយគោលការណ៍ណែនាំនៅលើគេហទំព័រក្រសួង"],
  },
};

const OFFICERS: Record<Lang, string[]> = {
  en: ["Sok Dara", "Chan Sophea", "Keo Vanna", "Lim Bopha", "Heng Rithy", "Ouk Sreymom", "Prak Vibol"],
  km: ["សុខ ដារា", "ចាន់ សុភា", "កែវ វណ្ណា", "លឹម បុប្ផា", "ហេង រិទ្ធី"],
};

const DOMAINS = ["mptc.gov.kh", "mef.gov.kh", "dgc.gov.kh", "ndesc.gov.kh", "data.gov.kh"];

function pickStatus(r: number): StatusCode {
  if (r < 0.08) return "not-started";
  if (r < 0.56) return "on-track";
  if (r < 0.68) return "at-risk";
  if (r < 0.8) return "delayed";
  if (r < 0.96) return "completed";
  return "discontinued";
}

export interface FileSpec {
  readonly catalogue: Catalogue;
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly lang: Lang;
  readonly seed: number;
  /** A few rows carry typical mistakes (blank status, out-of-range progress, formula-like text …). */
  readonly plantProblems: boolean;
}

/** Entries for one file; every file gets its own seed, so no two files are alike. */
export function benchEntries(spec: FileSpec): Entries {
  const rnd = random(spec.seed * 2654435761);
  const { lang } = spec;
  const { start, end } = quarterRange(spec.quarter);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = (kind: keyof typeof BANK): string => pick(BANK[kind][lang]);
  /** Mostly one sentence; sometimes a long paragraph (up to ~1,800 characters, under the 2,000 cap). */
  const text = (kind: keyof typeof BANK): string => {
    const r = rnd();
    const count = r < 0.75 ? 1 : r < 0.92 ? 2 + Math.floor(rnd() * 3) : 8 + Math.floor(rnd() * 14);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(`${sentence(kind)}${lang === "km" ? "។" : "."}`);
    const joined = parts.join(lang === "km" ? " " : " ");
    return joined.length > 1_900 ? joined.slice(0, 1_900) : joined;
  };
  const entries: Entries = new Map();
  committeeMeasures(spec.catalogue, spec.committee).forEach((m: Measure) => {
    const status = pickStatus(rnd());
    const progress = status === "completed" ? 100 : status === "not-started" ? 0 : 5 + Math.floor(rnd() * 90);
    const year = 2026 + Math.floor(rnd() * 5);
    const row: EntryRow = {
      status: statusLabel(status, lang),
      progress,
      plannedCompletion: isoToSerial(`${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}` as IsoDate),
      achievements: status === "not-started" ? null : text("achievements"),
      challenges: status === "at-risk" || status === "delayed" || status === "discontinued" ? text("challenges") : null,
      nextSteps: status === "completed" || status === "discontinued" ? null : text("nextSteps"),
      budgetPlanned: Math.round(rnd() * 80) * 12_500,
      evidence: rnd() < 0.6 ? `https://${pick(DOMAINS)}/reports/${spec.quarter.toLowerCase()}/${m.id.toLowerCase()}-${Math.floor(rnd() * 1e6)}.pdf` : null,
      officer: pick(OFFICERS[lang]),
    };
    if (status === "completed") row.actualCompletion = isoToSerial((rnd() < 0.5 ? start : end) as IsoDate);
    if (row.budgetPlanned) row.budgetSpent = Math.round(Number(row.budgetPlanned) * (progress / 100) * (0.7 + rnd() * 0.3));
    entries.set(m.id, row);
  });
  if (spec.plantProblems) plant(entries, lang, rnd);
  return entries;
}

/** The mistakes officials make, on a few rows chosen by the file's seed. */
function plant(entries: Entries, lang: Lang, rnd: () => number): void {
  const rows = [...entries.values()];
  const at = () => rows[Math.floor(rnd() * rows.length)];
  const set = (change: EntryRow) => {
    const row = at();
    if (row) Object.assign(row, change);
  };
  set({ status: statusLabel("completed", lang), progress: 90, actualCompletion: null }); // Completed below 100%, no date
  set({ status: statusLabel("delayed", lang), nextSteps: null }); // Delayed without next steps
  set({ progress: "120" }); // out of range, typed as text
  set({ evidence: "on the shared drive" }); // not a link
  set({ achievements: '=HYPERLINK("http://example.invalid","click")' }); // formula-like text
  set({ status: null, progress: null, achievements: null, nextSteps: null }); // left blank: not reported
  set({ plannedCompletion: "31/02/2027" }); // not a date
  set({ budgetSpent: -500 }); // negative budget
}
