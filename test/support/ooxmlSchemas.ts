/**
 * Every part of an .xlsx checked against the ISO/IEC 29500 transitional schemas vendored in
 * schemas/ooxml (see its README), the way schemas/ooxml/README.md and ../shared/ooxml-schemas say:
 * markup-compatibility processing first (as Excel does), then xmllint per part. A part with no
 * schema to check it against is itself a failure, so nothing escapes the check (docProps/core.xml
 * aside: its Dublin Core schemas are fetched from the network).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";
import { unzipSync, strFromU8 } from "fflate";

export const SCHEMA_DIR = resolve(__dirname, "..", "..", "schemas", "ooxml");
const ISO = join(SCHEMA_DIR, "ISO-IEC29500-4_2016");
const OPC = join(SCHEMA_DIR, "ecma", "fouth-edition");

/** Which schema checks a part, by its path in the package. */
const SCHEMA_BY_PART: readonly [RegExp, string][] = [
  [/^\[Content_Types\]\.xml$/, join(OPC, "opc-contentTypes.xsd")],
  [/\.rels$/, join(OPC, "opc-relationships.xsd")],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$/, join(ISO, "sml.xsd")],
  [/^xl\/(worksheets|tables)\/[^/]+\.xml$/, join(ISO, "sml.xsd")],
  [/^xl\/charts\/chart\d+\.xml$/, join(ISO, "dml-chart.xsd")],
  [/^xl\/drawings\/drawing\d+\.xml$/, join(ISO, "dml-spreadsheetDrawing.xsd")],
  [/^xl\/theme\/[^/]+\.xml$/, join(ISO, "dml-main.xsd")],
  [/^docProps\/app\.xml$/, join(ISO, "shared-documentPropertiesExtended.xsd")],
];
const SKIPPED = new Set(["docProps/core.xml"]);

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/**
 * Markup Compatibility processing (ECMA-376 Part 3): drops mc:Ignorable and every element and
 * attribute in a namespace it lists, and replaces mc:AlternateContent by its mc:Fallback's children.
 */
export function processMarkupCompatibility(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  const ignorable: Set<string>[] = [new Set()];
  // Per open element: written out, left out with its subtree, or left out itself with its children kept.
  const modes: ("emit" | "skip" | "unwrap")[] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs = Object.values(tag.attributes) as SaxesAttributeNS[];
    const scope = new Set(ignorable[ignorable.length - 1]);
    const declared = attrs.find((a) => a.uri === MC && a.local === "Ignorable");
    for (const prefix of declared?.value.split(/\s+/).filter(Boolean) ?? []) {
      const uri = parser.resolve(prefix);
      if (uri) scope.add(uri);
    }
    ignorable.push(scope);
    const parent = modes[modes.length - 1];
    const mode =
      parent === "skip" || scope.has(tag.uri) ? "skip" : tag.uri === MC ? (tag.local === "AlternateContent" || tag.local === "Fallback" ? "unwrap" : "skip") : "emit";
    modes.push(mode);
    if (mode !== "emit") return;
    const written = attrs
      .filter((a) => a.uri !== MC && !scope.has(a.uri))
      .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
      .join("");
    out.push(`<${tag.name}${written}${tag.isSelfClosing ? "/>" : ">"}`);
  });
  parser.on("text", (text) => {
    if (modes[modes.length - 1] !== "skip") out.push(escapeText(text));
  });
  parser.on("closetag", (tag: SaxesTagNS) => {
    ignorable.pop();
    if (modes.pop() === "emit" && !tag.isSelfClosing) out.push(`</${tag.name}>`);
  });
  parser.write(xml).close();
  return `<?xml version="1.0" encoding="UTF-8"?>${out.join("")}`;
}

export interface SchemaReport {
  /** Parts checked, by schema file name. */
  readonly checked: Record<string, string[]>;
  /** One line per problem: the part and xmllint's message. */
  readonly problems: string[];
}

/** Checks every part of the xlsx bytes; `label` names the file in problem lines. */
export function checkAgainstSchemas(bytes: Uint8Array, label: string): SchemaReport {
  const parts = unzipSync(bytes);
  const dir = mkdtempSync(join(tmpdir(), "pt-schema-"));
  const problems: string[] = [];
  const checked: Record<string, string[]> = {};
  const bySchema = new Map<string, { file: string; part: string }[]>();
  try {
    Object.keys(parts).forEach((part, i) => {
      if (part.endsWith("/") || SKIPPED.has(part)) return;
      const schema = SCHEMA_BY_PART.find(([pattern]) => pattern.test(part))?.[1];
      if (!schema) {
        problems.push(`${label}: ${part}: no schema to check this part against`);
        return;
      }
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, processMarkupCompatibility(strFromU8(parts[part]!)));
      const list = bySchema.get(schema) ?? [];
      list.push({ file, part });
      bySchema.set(schema, list);
    });
    for (const [schema, files] of bySchema) {
      const name = schema.slice(schema.lastIndexOf("/") + 1);
      checked[name] = files.map((f) => f.part);
      const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, ...files.map((f) => f.file)], { encoding: "utf8", maxBuffer: 64 << 20 });
      if (run.status === 0) continue;
      for (const line of run.stderr.split("\n")) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const f = files.find((x) => line.startsWith(x.file));
        problems.push(`${label}: ${f ? line.replace(f.file, f.part) : line}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { checked, problems };
}

