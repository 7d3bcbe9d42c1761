import type { NumberFormatClass } from "../../domain/entries/cells";
import { detach } from "./detach";
import { attr, parseXml } from "./xml";
import { classifyNumberFormat } from "../../domain/statusSheet/sheetContract";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  readonly name: string;
  readonly state: SheetState;
  /** Path of the sheet part inside the zip, resolved from the relationships. */
  readonly part: string;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseFolder ? baseFolder.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export function parseRelationships(xml: string | Uint8Array, baseFolder: string): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  parseXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship" || attrs.TargetMode === "External") return;
      const id = attrs.Id;
      const target = attrs.Target;
      if (id && target) rels.set(id, { target: resolveTarget(baseFolder, target), type: attrs.Type ?? "" });
    },
  });
  return rels;
}

export function parseWorkbook(
  xml: string | Uint8Array,
  rels: Map<string, { target: string }>,
): { sheets: SheetInfo[]; definedNames: Map<string, string>; date1904: boolean } {
  const sheets: SheetInfo[] = [];
  const definedNames = new Map<string, string>();
  let date1904 = false;
  let currentName: string | undefined;
  let nameText = "";
  parseXml(xml, {
    open(name, attrs) {
      if (name === "sheet") {
        const part = rels.get(attr(attrs, "id") ?? "")?.target;
        if (part && attrs.name) sheets.push({ name: attrs.name, state: (attrs.state as SheetState) ?? "visible", part });
      } else if (name === "definedName") {
        // Sheet-scoped names (localSheetId) are not workbook metadata.
        currentName = attrs.localSheetId === undefined ? attrs.name : undefined;
        nameText = "";
      } else if (name === "workbookPr") {
        date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
      }
    },
    text(t) {
      if (currentName !== undefined) nameText += t;
    },
    close(name) {
      if (name === "definedName" && currentName !== undefined) {
        definedNames.set(currentName, nameText);
        currentName = undefined;
      }
    },
  });
  return { sheets, definedNames, date1904 };
}

/**
 * Which text of the shared strings part belongs to a string: a `t` of an `si`, not of its phonetic
 * run (rPh); rich text runs are pieces of one string. One definition for the saxes path
 * (SharedStringsBuilder) and the byte scanner (read/sharedStringsScan.ts).
 */
export class SharedStringsStates {
  private inItem = false;
  private inText = false;
  private inPhonetic = false;

  openItem(): void {
    this.inItem = true;
  }
  openPhonetic(): void {
    this.inPhonetic = true;
  }
  openText(): void {
    if (this.inItem && !this.inPhonetic) this.inText = true;
  }
  get wantsText(): boolean {
    return this.inText;
  }
  closeText(): void {
    this.inText = false;
  }
  closePhonetic(): void {
    this.inPhonetic = false;
  }
  closeItem(): void {
    this.inItem = false;
  }
}

/** The shared strings from the part's XML events, each string's pieces joined. */
export class SharedStringsBuilder extends SharedStringsStates {
  readonly strings: string[] = [];
  private current = "";
  /** How a string is copied out of the part: see SheetBuilder's `keep`. */
  constructor(private readonly keep: (text: string) => string = detach) {
    super();
  }

  override openItem(): void {
    super.openItem();
    this.current = "";
  }
  text(t: string): void {
    if (this.wantsText) this.current += t;
  }
  override closeItem(): void {
    // Detached: the consolidation keeps some of these (metadata, texts quoted in messages).
    this.strings.push(this.keep(this.current));
    super.closeItem();
  }
}

export function parseSharedStrings(xml: string): string[] {
  const shared = new SharedStringsBuilder();
  parseXml(xml, {
    open(name) {
      if (name === "si") shared.openItem();
      else if (name === "rPh") shared.openPhonetic();
      else if (name === "t") shared.openText();
    },
    text: (t) => shared.text(t),
    close(name) {
      if (name === "t") shared.closeText();
      else if (name === "rPh") shared.closePhonetic();
      else if (name === "si") shared.closeItem();
    },
  });
  return shared.strings;
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A cell style's number-format class, from its numFmtId and the custom formats defined before it. */
export function xfClass(custom: ReadonlyMap<number, string>, id: number): NumberFormatClass {
  const code = custom.get(id);
  return code !== undefined ? classifyNumberFormat(code) : BUILTIN_PERCENT.has(id) ? "percent" : BUILTIN_DATE.has(id) ? "date" : "other";
}

/** The number-format class of each cell style (the `s` attribute of a cell indexes this). */
export function parseStyles(xml: string | Uint8Array): NumberFormatClass[] {
  const custom = new Map<number, string>();
  const classes: NumberFormatClass[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(name, attrs) {
      if (name === "numFmt") custom.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) classes.push(xfClass(custom, Number(attrs.numFmtId ?? 0)));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return classes;
}
