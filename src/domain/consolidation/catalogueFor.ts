import type { Catalogue } from "../catalogue/catalogue";
import type { SubmissionFile } from "./types";

/**
 * The catalogue to consolidate against when more than one is known (the bundled one and one the
 * secretariat imported): the one most readable submissions were set up from (by hash). Committees
 * move to a new catalogue at their own pace, and consolidating against one none of them used would
 * reject every file. On a tie, or when no file names a known catalogue, the first one given wins:
 * callers list the catalogue they use now first.
 */
export function catalogueForSubmissions(files: readonly SubmissionFile[], known: readonly Catalogue[]): Catalogue {
  const first = known[0];
  if (!first) throw new Error("catalogueForSubmissions: no catalogue given");
  const uses = new Map<string, number>();
  for (const f of files) {
    const hash = "input" in f ? f.input.meta.catalogueHash : undefined;
    if (hash) uses.set(hash, (uses.get(hash) ?? 0) + 1);
  }
  return known.reduce((best, c) => ((uses.get(c.hash) ?? 0) > (uses.get(best.hash) ?? 0) ? c : best), first);
}
