import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { CommitteeCode } from "../../domain/ids";
import type { Lang } from "../../domain/text/lang";
import type { Quarter } from "../../domain/periods/periods";
import type { BuildOutcome } from "./outcome";

/**
 * What the Consolidate panel and the consolidation worker say to each other. Everything here
 * survives structured cloning: files are browser Files (the worker reads them itself), catalogues
 * plain data, the report's bytes a transferred ArrayBuffer.
 */

/** A file the secretariat picked: a browser File, or anything with a name, a size and bytes (tests). */
export interface InputFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface BuildRequest {
  readonly quarter: Quarter;
  /** Language of the report (not of the pane). */
  readonly lang: Lang;
  /** Every catalogue the pane knows, the one it uses now first. */
  readonly catalogues: readonly Catalogue[];
  /** This quarter's submissions. */
  readonly files: readonly InputFile[];
  /** Last quarter's submissions, for the changes sheet; may be empty. */
  readonly previous: readonly InputFile[];
  /** When the report is made (printed on its cover). */
  readonly generatedAt: Date;
}

export type BuildProgress =
  | { readonly phase: "reading"; readonly file: number; readonly of: number; readonly name: string }
  | { readonly phase: "writing" };

export interface BuiltReport {
  readonly outcome: BuildOutcome;
  /** The report workbook; absent when no file was a usable submission (as the CLI, no empty report). */
  readonly bytes?: Uint8Array;
  /** The same workbook without its charts: what Excel on the web can insert (insertReport.ts). */
  readonly withoutCharts?: Uint8Array;
  /** A feedback file per committee whose submission used has issues (none when there is no report). */
  readonly feedback?: readonly FeedbackFile[];
}

/** A committee's feedback file (feedback-2026-Q3-DGC.xlsx), in its language. */
export interface FeedbackFile {
  readonly committee: CommitteeCode;
  readonly fileName: string;
  readonly items: number;
  readonly bytes: Uint8Array;
}

/** From the worker: progress as it goes, then the report or why there is none. */
export type WorkerMessage =
  | { readonly type: "progress"; readonly progress: BuildProgress }
  | { readonly type: "done"; readonly report: BuiltReport }
  | { readonly type: "failed"; readonly message: string };
