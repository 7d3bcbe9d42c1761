import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { REPORT_STATUSES } from "../../src/domain/consolidation/tallies";
import type { Quarter } from "../../src/domain/periods/periods";
import { buildReport, MAX_FILE_BYTES } from "../../src/taskpane/consolidate/buildReport";
import type { BuildProgress, BuildRequest, InputFile, WorkerMessage } from "../../src/taskpane/consolidate/protocol";
import { runBuild } from "../../src/taskpane/consolidate/runBuild";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { reportSheetNames } from "../../src/domain/report/reportLayout";
import { demoSubmissions, type NamedBytes } from "../support/demoSubmissions";
import { syntheticCatalogue } from "../excel/support";

const catalogue = bundledCatalogue();
const Q3 = "2026-Q3" as Quarter;

/** A picked file as the browser gives it (name, size, bytes on demand). */
function picked({ name, bytes }: NamedBytes): InputFile {
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
}

/** Files no consolidation should crash on: each must come back rejected, with a reason. */
const BAD: readonly [string, InputFile, RegExp][] = [
  ["a corrupt zip", picked({ name: "corrupt.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]) }), /damaged|corrupt|zip/i],
  ["a CSV renamed .xlsx", picked({ name: "renamed.xlsx", bytes: new TextEncoder().encode("Measure ID,Status\nDGC-01,On track\n") }), /not an Excel \.xlsx/],
  ["an empty file", picked({ name: "empty.xlsx", bytes: new Uint8Array() }), /empty/],
  [
    "a file too large to be a status workbook (never read)",
    { name: "huge.xlsx", size: MAX_FILE_BYTES + 1, arrayBuffer: () => Promise.reject(new Error("must not be read")) },
    /far smaller/,
  ],
  ["a file the browser could not read", { name: "gone.xlsx", size: 10, arrayBuffer: () => Promise.reject(new Error("NotReadableError")) }, /NotReadableError/],
];

let q3: NamedBytes[];
let q2: NamedBytes[];
beforeAll(async () => {
  [q3, q2] = await Promise.all([demoSubmissions(Q3, 1), demoSubmissions("2026-Q2" as Quarter, 0)]);
});

function request(files: readonly InputFile[], previous: readonly InputFile[] = [], lang: "en" | "km" = "en"): BuildRequest {
  return { quarter: Q3, lang, catalogues: [catalogue], files, previous, generatedAt: new Date("2026-10-22T07:00:00Z") };
}

describe("building the quarterly report in the pane", () => {
  it("accepts the committees' files, rejects the corrupt one with the reader's reason, and writes the report", async () => {
    const progress: BuildProgress[] = [];
    const files = [...q3.map(picked), BAD[0]![1]];
    const built = await buildReport(request(files, q2.map(picked)), (p) => progress.push(p));

    expect(built.outcome.submissions.map((s) => [s.file, s.status, s.committee])).toEqual([
      ["DGC-2026-Q3.xlsx", "accepted", "DGC"],
      ["DEBC-2026-Q3.xlsx", "accepted", "DEBC"],
      ["DSC-2026-Q3.xlsx", "accepted", "DSC"],
      ["corrupt.xlsx", "rejected", undefined],
    ]);
    expect(built.outcome.submissions[3]!.reason?.en).toMatch(BAD[0]![2]);
    expect(built.outcome).toMatchObject({ quarter: Q3, accepted: 3, previousAccepted: 3, measures: catalogue.measures.length });
    expect(REPORT_STATUSES.reduce((n, s) => n + built.outcome.byStatus[s], 0)).toBe(catalogue.measures.length);
    expect(built.outcome.issues.errors).toBeGreaterThan(0); // the demo plants problems in Q3

    // File i of n over both quarters' files, then the writing.
    const n = files.length + q2.length;
    expect(progress).toEqual([
      ...[...files, ...q2].map((f, i) => ({ phase: "reading", file: i + 1, of: n, name: f.name })),
      { phase: "writing" },
    ]);
    const report = openWorkbook(built.bytes!, "report.xlsx");
    expect(report.sheets.map((s) => s.name)).toEqual(reportSheetNames("en"));
  });

  it("says what became of each of last quarter's files: a Q3 file given as last quarter's is rejected", async () => {
    const previous = [...q2.map(picked), { ...picked(q3[0]!), name: "DGC-Q3-by-mistake.xlsx" }, BAD[0]![1]];
    const built = await buildReport(request(q3.map(picked), previous), () => undefined);
    expect(built.outcome.previous.map((s) => [s.file, s.status])).toEqual([
      ["DGC-2026-Q2.xlsx", "accepted"],
      ["DEBC-2026-Q2.xlsx", "accepted"],
      ["DSC-2026-Q2.xlsx", "accepted"],
      ["DGC-Q3-by-mistake.xlsx", "rejected"],
      ["corrupt.xlsx", "rejected"],
    ]);
    expect(built.outcome.previous[3]!.reason?.en).toMatch(/2026-Q3|Q3/);
    expect(built.outcome.previousAccepted).toBe(3);
  });

  it("takes last quarter's report in place of its submissions (same Changes sheet), and refuses a report of the wrong quarter", async () => {
    const fromSubmissions = await buildReport(request(q3.map(picked), q2.map(picked)), () => undefined);
    const q2Report = await buildReport({ ...request(q2.map(picked)), quarter: "2026-Q2" as Quarter, lang: "km" }, () => undefined);
    const q3Report = fromSubmissions.bytes!;
    const fromReport = await buildReport(
      request(q3.map(picked), [picked({ name: "report-Q2-km.xlsx", bytes: q2Report.bytes! }), picked({ name: "report-Q3.xlsx", bytes: q3Report })]),
      () => undefined,
    );
    expect(fromReport.outcome.previous.map((s) => [s.file, s.status, s.rows])).toEqual([
      ["report-Q2-km.xlsx", "accepted", catalogue.measures.length],
      ["report-Q3.xlsx", "rejected", 0],
    ]);
    expect(fromReport.outcome.previous[1]!.reason?.en).toMatch(/for Q3 2026, not for last quarter \(Q2 2026\)/);
    const changes = (bytes: Uint8Array) => openWorkbook(bytes, "r.xlsx").readSheet("Changes").rows;
    expect(changes(fromReport.bytes!)).toEqual(changes(fromSubmissions.bytes!));
    expect(fromReport.outcome.issues).toEqual(fromSubmissions.outcome.issues); // the same progress-decrease warnings
  });

  it.each(BAD)("never crashes on %s: it is a rejected line with a reason", async (_case, file, reason) => {
    const built = await buildReport(request([picked(q3[1]!), file]), () => undefined);
    const line = built.outcome.submissions.find((s) => s.file === file.name);
    expect(line).toMatchObject({ status: "rejected", rows: 0 });
    expect(line?.reason?.en).toMatch(reason);
    expect(line?.reason?.km).toMatch(/\S/);
  });

  it("writes no report when no file is usable, and says why for each", async () => {
    const progress: BuildProgress[] = [];
    const built = await buildReport(request(BAD.map(([, f]) => f)), (p) => progress.push(p));
    expect(built.bytes).toBeUndefined();
    expect(built.outcome.accepted).toBe(0);
    expect(built.outcome.submissions.every((s) => s.status === "rejected" && s.reason)).toBe(true);
    expect(progress.some((p) => p.phase === "writing")).toBe(false);
  });

  it("consolidates against the catalogue the files were set up from, whichever the pane lists first", async () => {
    const imported = syntheticCatalogue(3, { version: "official-2027.1" });
    const built = await buildReport({ ...request([picked(q3[0]!)]), catalogues: [imported, catalogue] }, () => undefined);
    expect(built.outcome).toMatchObject({ catalogueVersion: catalogue.version, accepted: 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// Where the build runs: in the worker (consolidateWorker.ts, loaded here as a worker would be),
// or on the main thread when no worker can be had.

type Listener<E> = ((event: E) => void) | null;

/** A dedicated worker running consolidateWorker.ts in this process, messages passed as a browser would. */
class InProcessWorker {
  onmessage: Listener<MessageEvent<WorkerMessage>> = null;
  onerror: Listener<ErrorEvent> = null;
  onmessageerror: Listener<MessageEvent> = null;
  terminated = false;
  readonly transferred: ArrayBufferLike[] = [];
  private readonly scope: { onmessage: Listener<MessageEvent<BuildRequest>>; postMessage(m: WorkerMessage, t?: Transferable[]): void };

  constructor() {
    this.scope = {
      onmessage: null,
      postMessage: (message, transfer = []) => {
        this.transferred.push(...(transfer as ArrayBuffer[]));
        setTimeout(() => this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>), 0);
      },
    };
    const previousSelf = (globalThis as { self?: unknown }).self;
    (globalThis as { self?: unknown }).self = this.scope;
    jest.isolateModules(() => jest.requireActual("../../src/taskpane/consolidate/consolidateWorker"));
    (globalThis as { self?: unknown }).self = previousSelf;
  }

  postMessage(request: BuildRequest): void {
    setTimeout(() => this.scope.onmessage?.({ data: request } as MessageEvent<BuildRequest>), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose script never loaded (blocked or missing): Worker reports an error event, no message. */
class DeadWorker extends InProcessWorker {
  override postMessage(): void {
    setTimeout(() => this.onerror?.({ message: "script failed to load", preventDefault: () => undefined } as ErrorEvent), 0);
  }
}

describe("where the build runs", () => {
  const asWorker = (w: InProcessWorker) => w as unknown as Worker;
  const originalWorker = (globalThis as { Worker?: unknown }).Worker;
  beforeAll(() => Object.assign(globalThis, { Worker: InProcessWorker }));
  afterAll(() => Object.assign(globalThis, { Worker: originalWorker }));

  it("in a worker: progress arrives as messages, the report's bytes are transferred, the worker ends", async () => {
    const worker = new InProcessWorker();
    const progress: BuildProgress[] = [];
    const built = await runBuild(request([picked(q3[0]!)]), (p) => progress.push(p), () => asWorker(worker));
    expect(progress.map((p) => p.phase)).toEqual(["reading", "writing"]);
    expect(worker.transferred).toEqual([built.bytes!.buffer, built.withoutCharts!.buffer, ...(built.feedback ?? []).map((f) => f.bytes.buffer)]);
    expect(worker.terminated).toBe(true);
    expect(openWorkbook(built.bytes!, "r.xlsx").sheets).toHaveLength(reportSheetNames("en").length);
  });

  it.each([
    ["no worker factory (workers unavailable)", undefined],
    ["a worker that cannot be created", () => {
      throw new Error("SecurityError");
    }],
    ["a worker whose script never runs", () => asWorker(new DeadWorker())],
  ] as const)("on the main thread, yielding between files, given %s", async (_case, start) => {
    const progress: BuildProgress[] = [];
    const built = await runBuild(request([picked(q3[0]!), picked(q3[1]!)]), (p) => progress.push(p), start);
    expect(progress.map((p) => p.phase)).toEqual(["reading", "reading", "writing"]);
    expect(built.outcome.accepted).toBe(2);
  });

  it("reports a worker that fails part-way as a failure, not a silent retry", async () => {
    const worker = new InProcessWorker();
    worker.postMessage = () => {
      setTimeout(() => worker.onmessage?.({ data: { type: "progress", progress: { phase: "writing" } } } as MessageEvent<WorkerMessage>), 0);
      setTimeout(() => worker.onmessage?.({ data: { type: "failed", message: "ChunkLoadError: exceljs" } } as MessageEvent<WorkerMessage>), 1);
    };
    await expect(runBuild(request([picked(q3[0]!)]), () => undefined, () => asWorker(worker))).rejects.toThrow("ChunkLoadError: exceljs");
    expect(worker.terminated).toBe(true);
  });
});

describe("reading the picked files", () => {
  /** The files' reads, watched: how many were asked for and not yet answered, at most. */
  function watched(files: readonly NamedBytes[], size?: number) {
    let pending = 0;
    let most = 0;
    const inputs: InputFile[] = files.map(({ name, bytes }) => ({
      name,
      size: size ?? bytes.byteLength,
      arrayBuffer: async () => {
        most = Math.max(most, ++pending);
        await new Promise((resolve) => setTimeout(resolve, 1));
        pending--;
        return bytes.slice().buffer;
      },
    }));
    return { inputs, most: () => most };
  }

  const copies = (n: number): NamedBytes[] => Array.from({ length: n }, (_, i) => ({ ...q3[i % q3.length]!, name: `${i}-${q3[i % q3.length]!.name}` }));

  it("asks for the next files' bytes together, not one after another, and keeps the files' order", async () => {
    const files = copies(12);
    const { inputs, most } = watched(files);
    const built = await buildReport(request(inputs), () => undefined);
    expect(most()).toBe(12);
    expect(built.outcome.submissions.map((f) => f.file)).toEqual(files.map((f) => f.name));
  });

  it("holds no more than its byte budget of large files ahead", async () => {
    // Each file claims 40 MB: with a 64 MB budget, only the file being read is asked for at a time.
    const { inputs, most } = watched(copies(4), 40 << 20);
    await buildReport(request(inputs), () => undefined);
    expect(most()).toBe(1);
  });

  it.each(BAD)("%s among files read ahead is rejected with its reason; the others are read", async (_what, bad, why) => {
    const built = await buildReport(request([picked(q3[0]!), bad, picked(q3[1]!)]), () => undefined);
    expect(built.outcome.submissions.map((f) => [f.file, f.status])).toEqual([
      [q3[0]!.name, "accepted"],
      [bad.name, "rejected"],
      [q3[1]!.name, "accepted"],
    ]);
    expect(built.outcome.submissions[1]!.reason?.en).toMatch(why);
  });
});
