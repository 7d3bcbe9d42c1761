import type { Catalogue } from "../domain/catalogue/catalogue";
import { committeeMeasures } from "../domain/catalogue/committeeMeasures";
import type { StatusCode } from "../domain/entries/status";
import type { CommitteeCode } from "../domain/ids";
import { nextQuarter, quarterRange, type IsoDate, type Quarter } from "../domain/periods/periods";
import { seededRandom } from "../domain/seededRandom";
import type { Lang } from "../domain/text/lang";
import { demoRow, type DemoEntries } from "./demoEntries";

/**
 * A committee's entries for quarter `index` of a run of quarters starting at `first`, drifting from
 * one quarter to the next as `seed` decides: each measure starts somewhere between 0 and 50 %,
 * then each quarter either stays where it was (one time in five: what makes a measure "stuck") or
 * moves 5-25 points; it is completed at 100 %; a measure in progress is on track most quarters, now
 * and then falls at risk or behind (what makes one "slip") and stays there a while; a few are
 * discontinued for good. The same seed gives the same run, so tests can compute what the reports
 * must say.
 */
export function driftingEntries(catalogue: Catalogue, committee: CommitteeCode, first: Quarter, index: number, lang: Lang, seed: number): DemoEntries {
  const quarters = [first];
  while (quarters.length <= index) quarters.push(nextQuarter(quarters[quarters.length - 1]!));
  const entries: DemoEntries = new Map();
  const committeeSeed = [...committee].reduce((a, c) => a * 31 + c.charCodeAt(0), 7);
  committeeMeasures(catalogue, committee).forEach((m, i) => {
    // One generator per measure: its path does not depend on the other measures or on `index`.
    const walk = seededRandom(seed * 7919 + committeeSeed * 104729 + i * 31);
    let progress = Math.floor(walk() * 11) * 5;
    let status: StatusCode = progress === 0 ? "not-started" : "on-track";
    let completedOn: IsoDate | undefined;
    quarters.forEach((q, k) => {
      if (status === "completed" || status === "discontinued") return;
      if (k > 0 && walk() >= 0.2) progress = Math.min(100, progress + 5 + Math.floor(walk() * 5) * 5);
      const r = walk();
      if (progress >= 100) {
        status = "completed";
        completedOn = quarterRange(q).end;
      } else if (progress === 0) status = "not-started";
      else if (r < 0.02) status = "discontinued";
      // Trouble lasts: at risk or delayed stays so about half the time.
      else if (status === "at-risk" || status === "delayed") status = r < 0.45 ? status : r < 0.55 ? (status === "at-risk" ? "delayed" : "at-risk") : "on-track";
      else status = r < 0.08 ? "at-risk" : r < 0.12 ? "delayed" : "on-track";
    });
    entries.set(m.id, demoRow(m, i, status, progress, quarters[index]!, lang, walk, completedOn));
  });
  return entries;
}
