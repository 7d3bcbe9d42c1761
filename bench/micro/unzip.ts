/**
 * Which fflate API the floor should use: unzipSync with a filter (central directory, inflate only
 * the parts named) or the streaming Unzip (walks the local headers in file order). Also the
 * product's GuardedZip (16 KiB feeds into Inflate, 4 KiB before) for the same parts, for reference.
 *
 *   node -r tsx/cjs bench/micro/unzip.ts [DIR]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { GuardedZip } from "../../src/xlsx/read/zip";
import { ensureDataset } from "../generate";

const PARTS = new Set(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);

function viaUnzipSync(bytes: Uint8Array): number {
  const parts = unzipSync(bytes, { filter: (f) => PARTS.has(f.name) });
  return Object.values(parts).reduce((n, p) => n + p.length, 0);
}

function viaStream(bytes: Uint8Array): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    if (!PARTS.has(file.name)) return;
    file.ondata = (err, data) => {
      if (err) throw err;
      total += data.length;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return total;
}

function viaGuardedZip(bytes: Uint8Array): number {
  const zip = new GuardedZip(bytes, "x");
  let total = 0;
  for (const p of PARTS) zip.stream(p, (c) => (total += c.length));
  return total;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? (await ensureDataset(100)).dir;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))));
  for (const [name, fn] of [
    ["unzipSync+filter", viaUnzipSync],
    ["Unzip (streaming)", viaStream],
    ["GuardedZip (product)", viaGuardedZip],
  ] as const) {
    let best = Infinity;
    let bytes = 0;
    for (let round = 0; round < 5; round++) {
      const t = performance.now();
      bytes = files.reduce((n, f) => n + fn(f), 0);
      best = Math.min(best, performance.now() - t);
    }
    process.stdout.write(`${name.padEnd(22)} ${best.toFixed(1).padStart(8)} ms for ${files.length} files (${(bytes / 2 ** 20).toFixed(1)} MB inflated)\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
