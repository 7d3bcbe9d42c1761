/**
 * CPU profile of `policy-tracker consolidate` (or of the floor) on a bench dataset, summarised:
 * top functions by self time, by inclusive time, and self time per package / source file.
 *
 *   node -r tsx/cjs bench/profile.ts [N=100] [--floor] [--top 25]
 *
 * The raw .cpuprofile stays in bench/.data/prof/ (open it in Chrome DevTools → Performance).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { ensureCliBuilt } from "../scripts/cli-build.js";
import { BENCH_QUARTER, DATA_DIR, ensureDataset } from "./generate";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(__dirname, "..");

function where(url: string): string {
  if (!url) return "(native / V8)";
  const path = url.replace(/^file:\/\//, "");
  const nm = path.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = path.slice(nm + "/node_modules/".length).split("/");
    return `npm:${rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (path.startsWith("node:")) return "node internals";
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

function key(n: ProfileNode): string {
  const f = n.callFrame;
  const name = f.functionName || "(anonymous)";
  if (!f.url) return name;
  return `${name}  ${where(f.url)}:${f.lineNumber + 1}`;
}

export function summarise(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byWhere = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    total += dt;
    const k = key(node);
    self.set(k, (self.get(k) ?? 0) + dt);
    const w = node.callFrame.url ? where(node.callFrame.url) : node.callFrame.functionName || "(native / V8)";
    byWhere.set(w, (byWhere.get(w) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur)!);
      if (seen.has(kk)) continue;
      seen.add(kk);
      inclusive.set(kk, (inclusive.get(kk) ?? 0) + dt);
    }
  });
  const table = (title: string, m: Map<string, number>, n: number, skip: (k: string) => boolean = () => false) => {
    const rows = [...m].filter(([k]) => !skip(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
    return [`${title} (of ${(total / 1000).toFixed(2)} s sampled)`, ...rows.map(([k, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`)].join("\n");
  };
  const boring = (k: string) => /^\(root\)|^\(program\)|^\(idle\)|^(runMain|executeUserEntryPoint|Module\._load|Module\.require|require|Module\._compile|Module\._extensions|mod\.require|transformer|compile)\b|^\(anonymous\)  node internals/.test(k);
  return [table("Self time by function", self, top), "", table("Self time by package / source file", byWhere, 20), "", table("Inclusive time by function", inclusive, top, boring)].join("\n");
}

async function main(argv: string[]): Promise<void> {
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100);
  const floor = argv.includes("--floor");
  const top = Number(argv[argv.indexOf("--top") + 1] ?? 25) || 25;
  const dataset = await ensureDataset(n);
  if (!floor) ensureCliBuilt();
  const dir = join(DATA_DIR, "prof");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const out = join(dir, floor ? "floor.xlsx" : "product.xlsx");
  const args = floor
    ? ["--cpu-prof", `--cpu-prof-dir=${dir}`, "-r", "tsx/cjs", "bench/floor.ts", dataset.dir, "--quarter", BENCH_QUARTER, "--out", out]
    : ["--cpu-prof", `--cpu-prof-dir=${dir}`, "bin/policy-tracker.js", "consolidate", dataset.dir, "--quarter", BENCH_QUARTER, "--out", out, "--summary", join(dir, "summary.json")];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`profiled run exited with ${r.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("no .cpuprofile written");
  process.stdout.write(`${floor ? "floor" : "product"}, N=${n}: ${join(dir, file)}\n\n`);
  process.stdout.write(`${summarise(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile, top)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`profile: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
