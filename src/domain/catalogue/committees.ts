import type { CommitteeCode } from "../ids";
import type { LocalText } from "../text/lang";
import { labelKey } from "../text/normalise";

export interface Committee {
  readonly code: CommitteeCode;
  readonly name: LocalText;
}

export const COMMITTEES: readonly Committee[] = [
  { code: "DGC", name: { en: "Digital Government Committee", km: "គណៈកម្មាធិការរដ្ឋាភិបាលឌីជីថល" } },
  { code: "DEBC", name: { en: "Digital Economy and Business Committee", km: "គណៈកម្មាធិការសេដ្ឋកិច្ច និងធុរកិច្ចឌីជីថល" } },
  { code: "DSC", name: { en: "Digital Security Committee", km: "គណៈកម្មាធិការសន្តិសុខឌីជីថល" } },
];

export const COMMITTEE_CODES: readonly CommitteeCode[] = COMMITTEES.map((c) => c.code);

export const COUNCIL_NAME: LocalText = {
  en: "National Digital Economy and Society Council (NDESC)",
  km: "ក្រុមប្រឹក្សាជាតិសេដ្ឋកិច្ច និងសង្គមឌីជីថល (ក.ស.ឌ)",
};

export function committee(code: CommitteeCode): Committee {
  const found = COMMITTEES.find((c) => c.code === code);
  if (!found) throw new Error(`unknown committee ${code}`);
  return found;
}

/** Accepts a code (any case) or the full name in English or Khmer. */
export function parseCommittee(raw: string): CommitteeCode | undefined {
  const key = labelKey(raw);
  if (!key) return undefined;
  for (const c of COMMITTEES) {
    if (key === c.code.toLowerCase() || key === labelKey(c.name.en) || key === labelKey(c.name.km)) return c.code;
  }
  return undefined;
}
