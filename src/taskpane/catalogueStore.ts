import type { Catalogue } from "../domain/catalogue/catalogue";

/**
 * Where an imported catalogue is kept between sessions. The add-in uses the browser's localStorage:
 * the catalogue belongs to the official's computer (every workbook they set up uses it), not to one
 * workbook, and it stays out of the files they send. Tests pass `memoryCatalogueStore()`.
 */
export interface CatalogueStore {
  /** The kept catalogue; undefined when none is kept or what is kept no longer loads. */
  load(): Promise<Catalogue | undefined>;
  /** False when the browser refused to keep it (storage disabled or full). */
  save(catalogue: Catalogue): Promise<boolean>;
  clear(): void;
}

export const CATALOGUE_STORAGE_KEY = "policy-tracker.imported-catalogue.v1";

/** The catalogue file format, loaded with the first catalogue read or written (not at start). */
const catalogueJson = () => import(/* webpackChunkName: "catalogue-json" */ "../domain/catalogue/catalogueJson");

/**
 * A store over Web Storage, in the format `catalogue import` writes. The hash is recomputed on
 * load (parseCatalogueJson never trusts the file's), so an edited entry cannot pass for another.
 */
export function webCatalogueStore(storage: () => Storage | undefined): CatalogueStore {
  const withStorage = <T>(action: (s: Storage) => T, otherwise: T): T => {
    try {
      const s = storage();
      return s ? action(s) : otherwise;
    } catch {
      return otherwise;
    }
  };
  return {
    load: async () => {
      const saved = withStorage<string | null>((s) => s.getItem(CATALOGUE_STORAGE_KEY), null);
      if (saved === null) return undefined;
      const { parseCatalogueJson } = await catalogueJson();
      try {
        const { catalogue } = parseCatalogueJson(JSON.parse(saved), CATALOGUE_STORAGE_KEY);
        return catalogue;
      } catch {
        return undefined;
      }
    },
    save: async (catalogue) => {
      const { catalogueToJson } = await catalogueJson();
      const json = catalogueToJson(catalogue);
      return withStorage((s) => {
        s.setItem(CATALOGUE_STORAGE_KEY, json);
        return true;
      }, false);
    },
    clear: () => withStorage((s) => s.removeItem(CATALOGUE_STORAGE_KEY), undefined),
  };
}

/** Kept in memory only: for tests, and where the page has no storage. */
export function memoryCatalogueStore(initial?: Catalogue): CatalogueStore {
  let kept = initial;
  return {
    load: async () => kept,
    save: async (catalogue) => {
      kept = catalogue;
      return true;
    },
    clear: () => {
      kept = undefined;
    },
  };
}
