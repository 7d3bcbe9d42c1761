/**
 * How the report names the files it was made from: by file name, never by the path on the
 * secretariat's computer (the report travels; the folders do not). Two files of the same name in
 * different folders keep as many trailing folders as tell them apart; the same path given twice
 * is numbered.
 */
export function fileDisplayNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split(/[\\/]+/).filter((s) => s !== "" && s !== "."));
  const depth = parts.map(() => 1);
  const name = (i: number) => parts[i]!.slice(-depth[i]!).join("/") || paths[i]!;
  // Lengthen the names that still collide, one folder at a time, until none does or none can grow.
  for (let grown = true; grown; ) {
    grown = false;
    const seen = new Map<string, number[]>();
    paths.forEach((_, i) => seen.set(name(i), [...(seen.get(name(i)) ?? []), i]));
    for (const same of seen.values()) {
      if (same.length < 2) continue;
      for (const i of same) {
        if (depth[i]! < parts[i]!.length) {
          depth[i]! += 1;
          grown = true;
        }
      }
    }
  }
  const count = new Map<string, number>();
  return paths.map((_, i) => {
    const n = (count.get(name(i)) ?? 0) + 1;
    count.set(name(i), n);
    return n === 1 ? name(i) : `${name(i)} (${n})`;
  });
}

/** The file name alone (what the pane knows of a picked file, and what a feedback file is made from). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]+/).filter((s) => s !== "");
  return parts[parts.length - 1] ?? path;
}
