import type { Catalogue } from "../catalogue/catalogue";
import { shortHash } from "../catalogue/catalogueBuild";
import { readCarriedCatalogue, type CatalogueSheetCells } from "../catalogue/carried";
import type { WorkbookMeta } from "../statusSheet/columns";
import { problem, type Problem } from "./problems";

export interface WorkbookCatalogueOptions {
  /** Catalogues the checker was given (bundled, imported, --catalogue): matched by hash. */
  readonly catalogues: readonly Catalogue[];
  /**
   * Whether the catalogue the workbook carries may be used when none given matches. An official's
   * check (pane, ribbon, `validate`) accepts it once its hash is the one recorded at set-up; the
   * secretariat's consolidation never does: it reports only against catalogues it was given.
   */
  readonly acceptCarried?: boolean;
}

/**
 * The catalogue a workbook's entries are checked against, and what is wrong with it. A carried
 * catalogue sheet is verified whenever it is read, so an edited one is reported even when a
 * catalogue given to the checker matches the metadata.
 */
export function workbookCatalogue(
  meta: WorkbookMeta,
  sheet: CatalogueSheetCells | undefined,
  file: string,
  options: WorkbookCatalogueOptions,
): { readonly catalogue?: Catalogue; readonly problems: readonly Problem[] } {
  const version = meta.catalogueVersion || "?";
  const hash = shortHash(meta.catalogueHash || "none");
  const given = options.catalogues.find((c) => c.hash === meta.catalogueHash);
  const carried = options.acceptCarried ? readCarriedCatalogue(sheet, { version: meta.catalogueVersion, hash: meta.catalogueHash }) : { kind: "absent" as const };
  if (carried.kind === "changed") {
    const detail = carried.detail ? { en: ` (${carried.detail.en})`, km: ` (${carried.detail.km})` } : { en: "", km: "" };
    const changed = problem(
      "catalogue.sheet-changed",
      {
        en: `The catalogue this workbook carries was changed on its sheet “${sheet?.sheet ?? ""}”${detail.en}: it no longer matches catalogue ${version} (hash ${hash}) recorded at set-up. Undo the change, or set the workbook up again from the task pane.`,
        km: `កាតាឡុកដែលភ្ជាប់មកជាមួយសៀវភៅការងារនេះ ត្រូវបានកែប្រែនៅលើសន្លឹក «${sheet?.sheet ?? ""}»${detail.km}៖ វាលែងត្រូវនឹងកាតាឡុក ${version} (hash ${hash}) ដែលបានកត់ត្រាពេលរៀបចំ។ សូមត្រឡប់ការកែប្រែវិញ ឬរៀបចំសៀវភៅការងារម្តងទៀតពីផ្ទាំងភារកិច្ច។`,
      },
      { file, ...(sheet ? { sheet: sheet.sheet } : {}) },
    );
    return { ...(given ? { catalogue: given } : {}), problems: [changed] };
  }
  const catalogue = given ?? (carried.kind === "intact" ? carried.catalogue : undefined);
  if (catalogue) return { catalogue, problems: [] };
  const unknown = problem(
    "meta.catalogue-unknown",
    {
      en: `The workbook was set up from catalogue ${version} (hash ${hash}), which was not given here. Give its catalogue file: --catalogue FILE.json on the command line, or import it on the task pane's About panel.`,
      km: `សៀវភៅការងារនេះត្រូវបានរៀបចំពីកាតាឡុក ${version} (hash ${hash}) ដែលមិនត្រូវបានផ្តល់ឱ្យនៅទីនេះ។ សូមផ្តល់ឯកសារកាតាឡុករបស់វា៖ --catalogue FILE.json នៅលើបន្ទាត់បញ្ជា ឬនាំចូលវានៅផ្ទាំង «អំពី» នៃផ្ទាំងភារកិច្ច។`,
    },
    { file },
  );
  return { problems: [unknown] };
}
