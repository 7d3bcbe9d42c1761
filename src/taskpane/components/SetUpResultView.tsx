import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { committee } from "../../domain/catalogue/committees";
import { pick } from "../../domain/text/lang";
import { formatQuarter } from "../../domain/periods/periods";
import { useEffect, useRef } from "react";
import type { OrphanReason } from "../../excel/statusRows";
import type { PaneStrings } from "../strings";
import type { SetUpDone } from "../tracker/trackerState";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const MAX_LISTED = 20;

function reasonText(reason: OrphanReason, t: PaneStrings): string {
  switch (reason) {
    case "removed":
      return t.orphanRemoved;
    case "not-ours":
      return t.orphanNotOurs;
    case "duplicate":
      return t.orphanDuplicate;
    case "no-id":
      return t.orphanNoId;
  }
}

export interface SetUpResultViewProps {
  readonly result: SetUpDone;
}

/** What Set up did: rows written, entries kept, rows flagged (never deleted). */
export function SetUpResultView({ result }: SetUpResultViewProps) {
  const { t, lang } = usePaneText();
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  const { choice, orphans } = result;
  // The result sits below the form: bring it into a 700 px pane's view when it arrives.
  useEffect(() => {
    bar.current?.scrollIntoView({ block: "nearest" });
  }, [result]);
  return (
    <MessageBar
      ref={bar}
      intent={orphans.length > 0 ? "warning" : "success"}
      layout="multiline"
      data-testid="setup-result"
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t.setUpDoneTitle}</MessageBarTitle>
        <span>
          {t.setUpRows(result.rows, pick(committee(choice.committee).name, lang), formatQuarter(choice.quarter, lang))}
        </span>
        {result.refreshed && <span>{t.setUpRefreshed(result.carried)}</span>}
        <span>{orphans.length > 0 ? t.setUpOrphans(orphans.length) : t.setUpNoOrphans}</span>
        {orphans.length > 0 && (
          <ul className={styles.list}>
            {orphans.slice(0, MAX_LISTED).map((o) => (
              <li key={o.cell}>{t.orphanLine(o.cell, o.id, reasonText(o.reason, t))}</li>
            ))}
          </ul>
        )}
        {result.dropped.length > 0 && <span>{t.setUpDropped(result.dropped.length)}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
