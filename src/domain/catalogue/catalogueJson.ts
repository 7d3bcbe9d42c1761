import type { Catalogue, Measure } from "./catalogue";
import { buildMeasure, type MeasureRecord } from "./measureRecord";
import { dropDuplicateIds, makeCatalogue, type Placed } from "./catalogueBuild";
import { problem, type Problem } from "../rules/problems";

type Json = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const local = (v: unknown, lang: "en" | "km"): string => (v && typeof v === "object" ? text((v as Json)[lang]) : "");

function recordOf(m: Json): MeasureRecord {
  return {
    id: text(m.id),
    goal: text(m.goal),
    clusterEn: local(m.cluster, "en"),
    clusterKm: local(m.cluster, "km"),
    titleEn: local(m.title, "en"),
    titleKm: local(m.title, "km"),
    lead: text(m.lead),
    supporting: Array.isArray(m.supporting) ? m.supporting.map(text).join(",") : text(m.supporting),
    dgpStrategy: text(m.dgpStrategy),
    leadInstitution: text(m.leadInstitution),
    target: text(m.target),
    provenance: text(m.provenance),
  };
}

/**
 * Loads a catalogue file (the format `catalogue import` writes and seeds/catalogue.json uses).
 * The hash is always recomputed from the content, never read from the file.
 */
export function parseCatalogueJson(value: unknown, file: string): { catalogue?: Catalogue; problems: Problem[] } {
  if (!value || typeof value !== "object" || !Array.isArray((value as Json).measures)) {
    return { problems: [problem("catalogue.not-a-catalogue", { en: "Not a catalogue file: no measures list", km: "មិនមែនជាឯកសារកាតាឡុក៖ គ្មានបញ្ជីវិធានការ" }, { file })] };
  }
  const doc = value as Json;
  const version = text(doc.version).trim();
  const problems: Problem[] = [];
  if (!version) problems.push(problem("catalogue.version-missing", { en: "Catalogue version is missing", km: "ខ្វះកំណែកាតាឡុក" }, { file }));
  const placed: Placed<Measure>[] = [];
  (doc.measures as unknown[]).forEach((m, index) => {
    const where = { file, row: index + 1 };
    if (!m || typeof m !== "object") {
      problems.push(problem("catalogue.measure-malformed", { en: "Measure entry is not an object", km: "ធាតុវិធានការមិនត្រឹមត្រូវ" }, where));
      return;
    }
    const built = buildMeasure(recordOf(m as Json), where, "working-title");
    problems.push(...built.problems);
    if (built.measure) placed.push({ value: built.measure, where });
  });
  const deduped = dropDuplicateIds(placed);
  problems.push(...deduped.problems);
  if (problems.length > 0) return { problems };
  return { catalogue: makeCatalogue(version, text(doc.source), deduped.measures), problems };
}

/** The file form of a catalogue: what `catalogue import` writes. */
export function catalogueToJson(catalogue: Catalogue): string {
  const { version, source, measures } = catalogue;
  return `${JSON.stringify({ version, source, hash: catalogue.hash, measures }, null, 2)}\n`;
}
