import type { LocalText } from "../text/lang";
import { statusLabel } from "../entries/status";
import type { CommitteeEntry } from "./types";

/** Progress this far apart between lead and supporting committee counts as a disagreement. */
export const PROGRESS_DISAGREEMENT_POINTS = 25;

/** Why a supporting committee's entry disagrees with the lead's: a different status, progress far apart. */
export function disagreement(lead: CommitteeEntry, other: CommitteeEntry): LocalText[] {
  const out: LocalText[] = [];
  const a = lead.entry.status;
  const b = other.entry.status;
  if (a && b && a !== b) {
    out.push({
      en: `${other.committee} reports "${statusLabel(b, "en")}", ${lead.committee} (lead) "${statusLabel(a, "en")}"`,
      km: `${other.committee} រាយការណ៍ "${statusLabel(b, "km")}" ខណៈ ${lead.committee} (ដឹកនាំ) "${statusLabel(a, "km")}"`,
    });
  }
  const p = lead.entry.progress;
  const q = other.entry.progress;
  if (p !== undefined && q !== undefined && Math.abs(p - q) >= PROGRESS_DISAGREEMENT_POINTS) {
    out.push({ en: `${other.committee} reports ${q}% progress, ${lead.committee} (lead) ${p}%`, km: `${other.committee} រាយការណ៍វឌ្ឍនភាព ${q}% ខណៈ ${lead.committee} ${p}%` });
  }
  return out;
}
