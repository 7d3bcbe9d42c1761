import { useCallback, useEffect, useRef, useState } from "react";
import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { Feedback } from "../../domain/consolidation/feedback";
import type { LocalText } from "../../domain/text/lang";
import type { FeedbackItemView } from "../../excel/applyFeedback";
import type { ExcelFailure } from "../../excel/errors";
import type { PaneGateway } from "../gateway";

/** A file the official picked (a browser File, or anything with a name and bytes). */
export interface PickedFeedbackFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FeedbackState {
  readonly busy?: "reading" | "checking";
  /** The feedback file opened, and what it holds. */
  readonly fileName?: string;
  readonly feedback?: Feedback;
  /** Each item where it stands now in the workbook (absent until checked, or when refused). */
  readonly items?: readonly FeedbackItemView[];
  /** Feedback for another committee or quarter. */
  readonly refused?: LocalText;
  /** The file picked is not a feedback file, or could not be read. */
  readonly unreadable?: LocalText;
  readonly failure?: ExcelFailure;
}

export interface FeedbackActions {
  open(file: PickedFeedbackFile): Promise<void>;
  /** Checks every item again and marks the cells. */
  recheck(): Promise<void>;
  show(view: FeedbackItemView): Promise<void>;
  close(): void;
  dismissFailure(): void;
}

export interface FeedbackOptions {
  readonly gateway?: PaneGateway;
  readonly catalogues: readonly Catalogue[];
  /**
   * Changes whenever live validation has checked an edit (the tracker's issue state): the items are
   * then checked again, without marking (live validation marks the rows it checked).
   */
  readonly liveRevision: unknown;
  readonly live: boolean;
}

const reasonOf = (error: unknown): LocalText => {
  if (error && typeof error === "object" && "reason" in error) return (error as { reason: LocalText }).reason;
  const text = error instanceof Error ? error.message : String(error);
  return { en: `The file could not be read: ${text}`, km: `មិនអាចអានឯកសារបានទេ៖ ${text}` };
};

/** The feedback the official opened in the pane, and the checks of its items against the workbook. */
export function useFeedback({ gateway, catalogues, liveRevision, live }: FeedbackOptions): [FeedbackState, FeedbackActions] {
  const [state, setState] = useState<FeedbackState>({});
  const cataloguesRef = useRef(catalogues);
  cataloguesRef.current = catalogues;
  /** Bumped when another feedback is opened or it is closed: a check still running then is stale. */
  const generation = useRef(0);
  /** One check at a time; what is asked meanwhile runs once after it (marking if any asker wanted marks). */
  const running = useRef<Promise<void> | undefined>(undefined);
  const pending = useRef<{ readonly feedback: Feedback; readonly mark: boolean } | undefined>(undefined);

  const check = useCallback(
    async (feedback: Feedback, mark: boolean): Promise<void> => {
      if (!gateway) return;
      const mine = generation.current;
      setState((s) => ({ ...s, busy: "checking" }));
      const outcome = await gateway.checkFeedback(feedback, cataloguesRef.current, mark);
      if (mine !== generation.current) return;
      setState((s) => {
        const { busy: _busy, failure: _failure, ...rest } = s;
        if (!outcome.ok) return { ...rest, failure: outcome.failure };
        if ("refused" in outcome.value) {
          const { items: _items, ...kept } = rest;
          return { ...kept, refused: outcome.value.refused };
        }
        return { ...rest, items: outcome.value.items };
      });
    },
    [gateway],
  );

  const serialised = useCallback(
    async (feedback: Feedback, mark: boolean): Promise<void> => {
      pending.current = { feedback, mark: mark || (pending.current?.mark ?? false) };
      if (running.current) return running.current;
      const run = (async () => {
        for (let next = pending.current; next; next = pending.current) {
          pending.current = undefined;
          await check(next.feedback, next.mark);
        }
      })();
      running.current = run;
      try {
        await run;
      } finally {
        running.current = undefined;
      }
    },
    [check],
  );

  const feedback = state.feedback;
  const applies = feedback !== undefined && state.refused === undefined;
  useEffect(() => {
    if (live && applies && feedback) void serialised(feedback, false);
    // Only a new live result triggers a check, not the feedback's own state changes.
  }, [liveRevision]);

  const actions: FeedbackActions = {
    open: async (file) => {
      generation.current += 1;
      pending.current = undefined;
      setState({ busy: "reading", fileName: file.name });
      let opened: Feedback;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        // The reader (fflate, saxes) loads only when a feedback file is opened.
        const { readFeedback } = await import(/* webpackChunkName: "feedback-reader" */ "../../xlsx/read/feedbackReader");
        opened = readFeedback(bytes, file.name);
      } catch (error) {
        setState({ fileName: file.name, unreadable: reasonOf(error) });
        return;
      }
      setState({ fileName: file.name, feedback: opened });
      await serialised(opened, true);
    },
    recheck: async () => {
      if (feedback) await serialised(feedback, true);
    },
    show: async (view) => {
      if (!gateway || !view.cell) return;
      const outcome = await gateway.selectCell({ cell: view.cell, ...(view.sheet ? { sheet: view.sheet } : {}) });
      if (!outcome.ok) setState((s) => ({ ...s, failure: outcome.failure }));
    },
    close: () => {
      generation.current += 1;
      pending.current = undefined;
      setState({});
    },
    dismissFailure: () =>
      setState((s) => {
        const { failure: _failure, ...rest } = s;
        return rest;
      }),
  };
  return [state, actions];
}
