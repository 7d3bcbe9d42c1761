/**
 * The one piece of ExcelJS's internals the streaming report writer uses (see streamExtensions.ts):
 * the xform that renders a worksheet's <extLst> (x14 conditional formats). Node's `exceljs` main
 * is lib/exceljs.nodejs.js, so this is the same module instance the WorkbookWriter uses.
 */
declare module "exceljs/lib/xlsx/xform/sheet/ext-lst-xform" {
  interface ExtListModel {
    conditionalFormattings: unknown[];
  }
  class ExtLstXform {
    prepare(model: ExtListModel, options: object): void;
    toXml(model: ExtListModel): string;
  }
  export = ExtLstXform;
}
