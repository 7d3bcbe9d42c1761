import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import { asMeasureId } from "../ids";
import type { Measure, Provenance } from "./catalogue";
import { DESPF_GOALS, DGP_STRATEGIES, type DespfGoal, type DgpStrategy } from "./goals";
import { parseCommittee } from "./committees";
import { khmerToAsciiDigits, labelKey, normaliseText } from "../text/normalise";
import { problem, type Location, type Problem } from "../rules/problems";
import { canonicalTarget } from "./labels";

/** A measure as read from any source (JSON, CSV, XLSX): every field still text. */
export interface MeasureRecord {
  readonly id: string;
  readonly goal: string;
  readonly clusterEn: string;
  readonly clusterKm: string;
  readonly titleEn: string;
  readonly titleKm: string;
  readonly lead: string;
  readonly supporting: string;
  readonly dgpStrategy: string;
  readonly leadInstitution: string;
  readonly target: string;
  readonly provenance: string;
}

function parseGoal(raw: string): DespfGoal | undefined {
  const text = khmerToAsciiDigits(normaliseText(raw)).replace(/^(goal|គោលដៅ(ទី)?)\s*/i, "");
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1 && n <= 5) return n as DespfGoal;
  const key = labelKey(raw);
  for (const [num, label] of Object.entries(DESPF_GOALS)) {
    if (key && (key === labelKey(label.en) || key === labelKey(label.km))) return Number(num) as DespfGoal;
  }
  return undefined;
}

function parseStrategy(raw: string): DgpStrategy | undefined {
  const text = khmerToAsciiDigits(normaliseText(raw)).replace(/^(strategy|យុទ្ធសាស្ត្រ(ទី)?)\s*/i, "");
  const n = Number(text);
  return Number.isInteger(n) && n in DGP_STRATEGIES ? (n as DgpStrategy) : undefined;
}

const PROVENANCES: readonly Provenance[] = ["official", "working-title"];

/**
 * Measures built before, by what they were built from. A workbook's catalogue sheet holds, cell for
 * cell, the catalogue it was set up from, which `validate` has built already (the bundled one): its
 * measures are found here instead of built again, and being the same objects their canonical JSON
 * is not made again either (catalogueHash). Measures are immutable, so one object can serve both
 * catalogues. Only measures built without problems are kept (a problem names its place); bounded.
 */
const builtBefore = new Map<string, Measure>();
const BUILT_MAX = 4096;

/**
 * Turns one record into a measure, or into every problem it has (never just the first),
 * so an importer can report a whole bad row at once.
 */
export function buildMeasure(
  record: MeasureRecord,
  where: Location,
  defaultProvenance: Provenance,
): { measure?: Measure; problems: Problem[] } {
  // What the measure depends on: the target as it is kept (the sheet shows a horizon's label, a
  // file its key), the default provenance only when the record has none.
  const r = record;
  const key = JSON.stringify([
    r.id, r.goal, r.clusterEn, r.clusterKm, r.titleEn, r.titleKm, r.lead, r.supporting, r.dgpStrategy, r.leadInstitution,
    canonicalTarget(r.target), r.provenance, normaliseText(r.provenance) ? "" : defaultProvenance,
  ]);
  const before = builtBefore.get(key);
  if (before) return { measure: before, problems: [] };
  const built = makeMeasure(record, where, defaultProvenance);
  if (built.measure && built.problems.length === 0) {
    if (builtBefore.size >= BUILT_MAX) builtBefore.clear();
    builtBefore.set(key, built.measure);
  }
  return built;
}

function makeMeasure(record: MeasureRecord, where: Location, defaultProvenance: Provenance): { measure?: Measure; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (column: string): Location => ({ ...where, column });
  const id = asMeasureId(record.id);
  if (!normaliseText(record.id)) {
    problems.push(problem("catalogue.id-missing", { en: "Measure ID is missing", km: "ខ្វះលេខសម្គាល់វិធានការ" }, at("id")));
  } else if (!id) {
    problems.push(
      problem(
        "catalogue.id-malformed",
        {
          en: `Measure ID "${record.id}" is not well-formed (letters, digits, dots and dashes, at most 24)`,
          km: `លេខសម្គាល់វិធានការ "${record.id}" មិនត្រឹមត្រូវ`,
        },
        at("id"),
      ),
    );
  }
  const goal = parseGoal(record.goal);
  if (!goal) {
    problems.push(
      problem("catalogue.goal-unknown", { en: `Unknown DESPF goal "${record.goal}" (expected 1-5)`, km: `គោលដៅ "${record.goal}" មិនស្គាល់ (ត្រូវតែ ១-៥)` }, at("goal")),
    );
  }
  const title: LocalText = { en: normaliseText(record.titleEn), km: normaliseText(record.titleKm) };
  if (!title.en && !title.km) {
    problems.push(problem("catalogue.title-empty", { en: "Title is empty", km: "ចំណងជើងទទេ" }, at("title")));
  }
  const lead = parseCommittee(record.lead);
  if (!lead) {
    problems.push(
      problem(
        "catalogue.committee-unknown",
        { en: `Unknown lead committee "${record.lead}" (expected DGC, DEBC or DSC)`, km: `គណៈកម្មាធិការដឹកនាំ "${record.lead}" មិនស្គាល់` },
        at("lead"),
      ),
    );
  }
  const supporting: CommitteeCode[] = [];
  for (const part of record.supporting.split(/[,;/|\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const code = parseCommittee(part);
    if (!code) {
      problems.push(
        problem(
          "catalogue.committee-unknown",
          { en: `Unknown supporting committee "${part}"`, km: `គណៈកម្មាធិការគាំទ្រ "${part}" មិនស្គាល់` },
          at("supporting"),
        ),
      );
    } else if (code !== lead && !supporting.includes(code)) {
      supporting.push(code);
    }
  }
  let dgpStrategy: DgpStrategy | undefined;
  if (normaliseText(record.dgpStrategy)) {
    dgpStrategy = parseStrategy(record.dgpStrategy);
    if (!dgpStrategy) {
      problems.push(
        problem(
          "catalogue.strategy-unknown",
          { en: `Unknown Digital Government Policy strategy "${record.dgpStrategy}" (expected 1-10)`, km: `យុទ្ធសាស្ត្រ "${record.dgpStrategy}" មិនស្គាល់ (ត្រូវតែ ១-១០)` },
          at("dgpStrategy"),
        ),
      );
    }
  }
  const provenanceText = normaliseText(record.provenance) as Provenance;
  const provenance = provenanceText ? provenanceText : defaultProvenance;
  if (!PROVENANCES.includes(provenance)) {
    problems.push(problem("catalogue.provenance-unknown", { en: `Unknown provenance "${record.provenance}"`, km: `ប្រភព "${record.provenance}" មិនស្គាល់` }, at("provenance")));
  }
  if (problems.length > 0 || !id || !goal || !lead) return { problems };

  const leadInstitution = normaliseText(record.leadInstitution);
  const target = canonicalTarget(record.target);
  const measure: Measure = {
    id: id as MeasureId,
    goal,
    cluster: { en: normaliseText(record.clusterEn), km: normaliseText(record.clusterKm) },
    title,
    lead,
    supporting,
    ...(dgpStrategy ? { dgpStrategy } : {}),
    ...(leadInstitution ? { leadInstitution } : {}),
    ...(target ? { target } : {}),
    provenance,
  };
  return { measure, problems };
}
