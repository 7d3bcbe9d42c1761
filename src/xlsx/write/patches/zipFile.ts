/**
 * zipPatch.ts over files (Node only): the CLI's report is read and written in pieces, so adding its
 * charts never holds the whole report in memory.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import type { ChartSpec } from "../../../domain/report/chartSpec";
import { chartChanges } from "./addCharts";
import { ZipPackage, type ZipSource } from "./zipPatch";

function fileSource(fd: number): ZipSource {
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const out = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, out, got, length - got, offset + got);
        if (n === 0) throw new Error(`xlsx package: the file ends ${length - got} bytes early`);
        got += n;
      }
      return out;
    },
  };
}

/** Writes `to`: the workbook `from` with `charts` added (addCharts.ts). */
export function addChartsToFile(from: string, to: string, charts: readonly ChartSpec[]): void {
  const input = openSync(from, "r");
  try {
    const pkg = new ZipPackage(fileSource(input));
    const changes = chartChanges(pkg, charts);
    const output = openSync(to, "w");
    try {
      pkg.writeTo({ write: (chunk) => void writeSync(output, chunk) }, changes);
    } finally {
      closeSync(output);
    }
  } finally {
    closeSync(input);
  }
}
