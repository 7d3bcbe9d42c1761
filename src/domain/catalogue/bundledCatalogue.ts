import seed from "../../../seeds/catalogue.json";
import type { Catalogue } from "./catalogue";
import { parseCatalogueJson } from "./catalogueJson";

let cached: Catalogue | undefined;

/** The catalogue shipped in seeds/: real DESPF structure, working titles (never presented as official). */
export function bundledCatalogue(): Catalogue {
  if (cached) return cached;
  const { catalogue, problems } = parseCatalogueJson(seed, "seeds/catalogue.json");
  if (!catalogue) throw new Error(`bundled catalogue is invalid: ${problems.map((p) => p.message.en).join("; ")}`);
  cached = catalogue;
  return catalogue;
}
