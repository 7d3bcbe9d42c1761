import type { MeasureLine, ReportModel, ReportStatus } from "./types";

/** How one measure moved since last quarter (lead committee's entries in both quarters). */
export interface MeasureChange {
  readonly line: MeasureLine;
  readonly from: ReportStatus;
  readonly to: ReportStatus;
  readonly previousProgress?: number;
  readonly progress?: number;
  /** Progress now minus last quarter's, in percent points, when both quarters give one. */
  readonly delta?: number;
}

export interface QuarterChanges {
  /** Every measure whose status differs from last quarter's, in catalogue order. */
  readonly statusMoves: readonly MeasureChange[];
  /** Completed now and not last quarter. */
  readonly newlyCompleted: readonly MeasureChange[];
  /** Same status, different progress: decreases first (largest fall first), then increases (largest first). */
  readonly progressMoves: readonly MeasureChange[];
}

/** Progress now minus last quarter's, when the model has a previous quarter and both figures exist. */
export function progressDelta(line: MeasureLine): number | undefined {
  const now = line.lead?.entry.progress;
  const before = line.previous?.progress;
  return now === undefined || before === undefined ? undefined : Math.round((now - before) * 100) / 100;
}

function change(line: MeasureLine): MeasureChange | undefined {
  if (!line.previous) return undefined;
  const progress = line.lead?.entry.progress;
  const delta = progressDelta(line);
  return {
    line,
    from: line.previous.status,
    to: line.status,
    ...(line.previous.progress !== undefined ? { previousProgress: line.previous.progress } : {}),
    ...(progress !== undefined ? { progress } : {}),
    ...(delta !== undefined ? { delta } : {}),
  };
}

/** Status moves, newly completed measures and progress changes; undefined without a previous quarter. */
export function changesSinceLastQuarter(model: ReportModel): QuarterChanges | undefined {
  if (!model.hasPrevious) return undefined;
  const all = model.measures.map(change).filter((c): c is MeasureChange => c !== undefined);
  const moved = (c: MeasureChange) => c.from !== c.to;
  const progressMoves = all.filter((c) => !moved(c) && c.delta !== undefined && c.delta !== 0);
  const down = progressMoves.filter((c) => c.delta! < 0).sort((a, b) => a.delta! - b.delta!);
  const up = progressMoves.filter((c) => c.delta! > 0).sort((a, b) => b.delta! - a.delta!);
  return {
    statusMoves: all.filter(moved),
    newlyCompleted: all.filter((c) => c.to === "completed" && c.from !== "completed"),
    progressMoves: [...down, ...up],
  };
}
