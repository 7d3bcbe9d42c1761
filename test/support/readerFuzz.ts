/**
 * Fuzzing the byte-scanning reader against the reference reader (fflate streaming into saxes):
 * real submissions, mutated at the zip level (bytes of headers and compressed data) or at the XML
 * level (bytes of one part, re-zipped), read by both. For each mutated file, every sheet and the
 * submission must come out the same from both readers, or the scanning reader must fail with a
 * WorkbookReadError naming the file where the reference reader fails too.
 *
 * Run in a child process by test/xlsx/readerFuzz.test.ts, so the process's peak memory is the
 * harness's own (VmHWM, bench/peakRss.js: getrusage's maxRSS would carry the Jest worker's size
 * across fork+exec):  node -r tsx/cjs test/support/readerFuzz.ts [--seed N] [--runs N] [--shrink]
 * Prints one JSON line: {runs, seed, failure?, counts, maxCaseMs, peakRssMb, ms}.
 */
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { peakRssKiB } from "../../bench/peakRss";
import { headerRow } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { demoSubmissions, type NamedBytes } from "./demoSubmissions";
import { READERS, REFERENCE, judge, readAll } from "./readerParity";
import { goodRow, statusBook } from "./statusBook";
import { sheetXml } from "./xlsxBuilder";

// ---- the corpus: real submissions, and hand-built ones with inline strings and odd cells ----

interface Seed {
  readonly name: string;
  readonly zip: Uint8Array;
  readonly parts: Record<string, Uint8Array>;
  /** Parts a reader parses, most interesting first. */
  readonly xmlParts: readonly string[];
}

async function seeds(): Promise<Seed[]> {
  const real: NamedBytes[] = await demoSubmissions("2026-Q3" as Quarter, 1);
  const noRef = (v: string | number | null) => (v === null ? "<c/>" : typeof v === "number" ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t>${v}</t></is></c>`);
  const odd = statusBook({
    rows: [goodRow(0), goodRow(1)],
    statusXml: (rows) =>
      sheetXml(
        `${rows}<row r="6">${goodRow(2).slice(0, 5).map(noRef).join("")}<c r="F6" t="inlineStr"><is><r><t>On </t></r><r><t xml:space="preserve">track</t></r><rPh><t>x</t></rPh></is></c>` +
          `<c r="G6"><f>20+20</f><v>40</v></c><c r="J6" t="str"><v><![CDATA[a < b & c]]></v></c><c r="K6" t="inlineStr"><is><t>&#x1780;&amp;&lt;&#65;</t></is></c></row>` +
          `<row><c t="inlineStr"><is><t>${headerRow("en")[0]}</t></is></c></row>`,
        `<mergeCells count="1"><mergeCell ref="J4:J5"/></mergeCells>`,
      ),
  });
  return [...real, { name: "odd.xlsx", bytes: odd }].map(({ name, bytes }) => {
    const parts = unzipSync(bytes);
    const names = Object.keys(parts);
    const order = (n: string) => (n.includes("worksheets/sheet") && !n.includes("_rels") ? 0 : n.includes("sharedStrings") ? 1 : n.includes("rels") ? 2 : 3);
    const xmlParts = names.filter((n) => n.endsWith(".xml") || n.endsWith(".rels")).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
    return { name, zip: bytes, parts, xmlParts };
  });
}

// ---- mutations ----

const SNIPPETS = [
  "<!-- note -->", "<![CDATA[x]]>", "<![CDATA[]]>", "]]>", "&amp;", "&lt;", "&#65;", "&#x1F600;", "&#0;", "&#xD800;", "&bogus;", "&", "&#X41;",
  "<?pi x?>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "\r\n", "\r", "\uFEFF", "\u0085", "\u2028", "\x7f", "\x00", "\x0b", "\uFFFE", "\uFFFF",
  '<c r="A1"><v>1</v></c>', '<c t="inlineStr"><is><t>x</t><r><t>y</t></r></is></c>', ' r="B2"', ' t="s"', ' t="str"', ' t="b"', ' t="e"', ' t="d"',
  ' s="1"', ' s="x"', ' r="A0"', ' r="$B$3"', ' r="AAAA1"', ' r=""', "<row>", "</row>", '<row r="2">', '<row r="20001">', "<v>", "</v>", "<f>1</f>",
  "<is>", "</is>", "<x:c>", "</x:c>", ' a="1" a="2"', " a='1'", ' a="<"', ' a="\t\n"', ' b = "1" ', "ស្ថានភាព", "\u200b", "é", "<", ">", "/>", "</", '"', "'",
  "=", "<sheetData/>", "<mergeCell ref=\"A1:B2\"/>", "<si><t>new</t></si>", "<rPh><t>p</t></rPh>", "<t>", "</t>", "</worksheet>", "<worksheet>",
];
const BYTES = [0x3c, 0x3e, 0x26, 0x3b, 0x22, 0x27, 0x3d, 0x2f, 0x21, 0x3f, 0x5b, 0x5d, 0x0d, 0x0a, 0x09, 0x00, 0x01, 0x20, 0xef, 0xbf, 0xbe, 0xff, 0xc3, 0x61, 0x31, 0x3a, 0x23, 0x78, 0x7f, 0x80, 0xe1, 0x9e];

type Edit =
  | { readonly kind: "replace"; readonly at: number; readonly snap: number; readonly byte: number }
  | { readonly kind: "insert"; readonly at: number; readonly snap: number; readonly snippet: number }
  | { readonly kind: "delete"; readonly at: number; readonly snap: number; readonly length: number }
  | { readonly kind: "copy"; readonly at: number; readonly snap: number; readonly from: number; readonly length: number }
  | { readonly kind: "truncate"; readonly at: number; readonly snap: number };

interface Mutation {
  readonly seed: number;
  readonly target: "xml" | "zip";
  /** For "xml", which part (an index into the seed's parts, the first few most often). */
  readonly part: number;
  readonly edits: readonly Edit[];
}

/** Where an edit lands: anywhere, or just at a '<', '>', '"', '=' or '&' found from there. */
const SNAPS = [-1, -1, 0x3c, 0x3e, 0x22, 0x3d, 0x26];
const position = fc.nat();
const snap = fc.nat({ max: SNAPS.length - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), at: position, snap, byte: fc.oneof(fc.constantFrom(...BYTES), fc.integer({ min: 0, max: 255 })) }),
  fc.record({ kind: fc.constant("insert" as const), at: position, snap, snippet: fc.nat({ max: SNIPPETS.length - 1 }) }),
  fc.record({ kind: fc.constant("delete" as const), at: position, snap, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("copy" as const), at: position, snap, from: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: position, snap }),
);
const mutation = (seedCount: number): fc.Arbitrary<Mutation> =>
  fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    target: fc.constantFrom("xml", "xml", "xml", "zip") as fc.Arbitrary<"xml" | "zip">,
    part: fc.oneof(fc.nat({ max: 2 }), fc.nat({ max: 20 })),
    edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  });

function applyEdit(b: Uint8Array, e: Edit): Uint8Array {
  if (b.length === 0) return b;
  let at = e.at % b.length;
  const wanted = SNAPS[e.snap]!;
  if (wanted >= 0) {
    const found = b.indexOf(wanted, at);
    if (found >= 0) at = found;
  }
  const join = (...pieces: Uint8Array[]) => {
    const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of pieces) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  switch (e.kind) {
    case "replace": {
      const out = new Uint8Array(b);
      out[at] = e.byte;
      return out;
    }
    case "insert":
      return join(b.subarray(0, at), strToU8(SNIPPETS[e.snippet]!), b.subarray(at));
    case "delete":
      return join(b.subarray(0, at), b.subarray(Math.min(b.length, at + e.length)));
    case "copy": {
      const from = e.from % b.length;
      return join(b.subarray(0, at), b.subarray(from, Math.min(b.length, from + e.length)), b.subarray(at));
    }
    case "truncate":
      return b.subarray(0, at);
  }
}

function mutate(seed: Seed, m: Mutation): Uint8Array {
  if (m.target === "zip") return m.edits.reduce(applyEdit, seed.zip);
  const part = seed.xmlParts[m.part % seed.xmlParts.length]!;
  const files: Zippable = { ...seed.parts, [part]: m.edits.reduce(applyEdit, seed.parts[part]!) };
  return zipSync(files, { level: 1 });
}

// ---- the run ----

export interface FuzzReport {
  readonly runs: number;
  readonly seed: number;
  readonly failure?: string;
  /** How the mutated files came out (reference reader): read, refused, partly read. */
  readonly counts: Record<string, number>;
  readonly maxCaseMs: number;
  /** The reader and the mutation of the slowest read. */
  readonly slowest: string;
  readonly peakRssMb: number;
  readonly ms: number;
}

export async function runReaderFuzz(seedValue: number, runs: number, shrink: boolean): Promise<FuzzReport> {
  const started = performance.now();
  const corpus = await seeds();
  const counts: Record<string, number> = {};
  let maxCaseMs = 0;
  let slowest = "";
  const timed = <T>(label: string, m: Mutation, read: () => T): T => {
    const t = performance.now();
    const result = read();
    const ms = performance.now() - t;
    if (ms > maxCaseMs) [maxCaseMs, slowest] = [ms, `${label}: ${JSON.stringify(m)}`];
    return result;
  };
  let failure: string | undefined;
  try {
    fc.assert(
      fc.property(mutation(corpus.length), (m) => {
        const seed = corpus[m.seed]!;
        const bytes = mutate(seed, m);
        const reference = timed("reference", m, () => readAll(bytes, seed.name, REFERENCE));
        const outcome = "ok" in reference.submission! ? "submission read" : Object.values(reference).some((o) => "ok" in o) ? "partly read" : "refused";
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        for (const [label, options] of READERS) {
          const candidate = timed(label, m, () => readAll(bytes, seed.name, options));
          for (const [key, ref] of Object.entries(reference)) {
            const why = judge(seed.name, ref, candidate[key] ?? { error: new Error("missing") });
            if (why) throw new Error(`${label}, ${key}: ${why}`);
          }
        }
      }),
      { seed: seedValue, numRuns: runs, endOnFailure: !shrink },
    );
  } catch (e) {
    failure = (e as Error).message.split("\n").slice(0, 12).join("\n");
  }
  return { runs, seed: seedValue, ...(failure ? { failure } : {}), counts, maxCaseMs: Math.round(maxCaseMs), slowest, peakRssMb: Math.round(peakRssKiB() / 1024), ms: Math.round(performance.now() - started) };
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  runReaderFuzz(Number(arg("seed") ?? 20261206), Number(arg("runs") ?? 500), process.argv.includes("--shrink")).then(
    (report) => process.stdout.write(`${JSON.stringify(report)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
